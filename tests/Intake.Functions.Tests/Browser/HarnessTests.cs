using System.Collections.Concurrent;
using Intake.Functions.Tests.Infrastructure.Browser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace Intake.Functions.Tests.Browser;

/// <summary>The browser harness itself, on small pages of its own: each check passes on a good page and fails on a bad one.</summary>
public sealed class HarnessTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private const string Css = """
        body { font-family: sans-serif; margin: 1rem; color: #1a1a1a; background: #fff; }
        .banner { width: 600px; height: 2rem; background: #005fa3; }
        input, button { font-size: 1rem; }
        """;

    private readonly ConcurrentQueue<string> posted = new();
    private TestSite site = null!;

    public async ValueTask InitializeAsync()
    {
        site = await TestSite.StartAsync(new Dictionary<string, SiteFile>
        {
            ["/form/sv"] = SiteFile.Html(FormPage("sv", "Anmäl oro", "Namn", "Jag vill vara anonym", "Skicka")),
            ["/form/en"] = SiteFile.Html(FormPage("en", "Report a concern", "Name", "I want to stay anonymous", "Send")),
            ["/broken"] = SiteFile.Html(Page("sv", "Trasig", """<input id="unlabeled" type="text"><img id="no-alt" src="/logo.svg">""")),
            ["/wide"] = SiteFile.Html(Page("sv", "Bred", """<div id="banner" class="banner"></div><p>Text</p>""")),
            ["/inline-script"] = SiteFile.Html(Page("sv", "Inline", """<p>Text</p><script>document.title = 'x';</script>""")),
            ["/external-script"] = SiteFile.Html(Page("sv", "Extern", """<p id="status">Text</p><script src="/status.js"></script>""")),
            ["/missing-style"] = SiteFile.Html(Page("sv", "Saknas", """<link rel="stylesheet" href="/missing.css"><p>Text</p>""")),
            ["/thanks"] = SiteFile.Html(Page("sv", "Tack", "<p>Tack</p>")),
            ["/invalid-form"] = SiteFile.Html(Page("sv", "Formulär", """<form method="post" action="/submit-invalid"><button type="submit">Skicka</button></form>""")),
            ["/site.css"] = SiteFile.Css(Css),
            ["/status.js"] = SiteFile.Script("document.getElementById('status').textContent = 'Skript körde';"),
            ["/logo.svg"] = new("image/svg+xml", """<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#005fa3"/></svg>"""),
        },
        contentSecurityPolicy: "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        configure: app =>
        {
            app.MapPost("/submit-invalid", () => Results.Content(Page("sv", "Fel i formuläret", "<p>Fyll i namn.</p>"), "text/html; charset=utf-8", null, 422));
            app.MapPost("/submit", async (HttpContext context) =>
            {
                IFormCollection form = await context.Request.ReadFormAsync();
                posted.Enqueue(string.Join("&", form.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}")));
                return Results.Redirect("/thanks");
            });
        });
    }

    public async ValueTask DisposeAsync() => await site.DisposeAsync();

    [Theory]
    [InlineData(BrowserProfile.Swedish, "/form/sv")]
    [InlineData(BrowserProfile.English, "/form/en")]
    public async Task Axe_AccessiblePage_FindsNoSeriousOrCriticalViolations(string locale, string path)
    {
        await using BrowserPage browser = await chromium.NewPageAsync(BrowserProfile.Desktop(locale));
        await browser.GotoAsync(site.Url(path));

        IReadOnlyList<AxeViolation> violations = await Axe.AxeAsync(browser.Page);

        Axe.AssertNoSeriousViolations(violations, path);
        Assert.Empty(violations);
        browser.AssertClean();
    }

    [Fact]
    public async Task Axe_UnlabeledInputAndImageWithoutAlt_ReportsBothWithTheirSelectors()
    {
        await using BrowserPage browser = await chromium.NewPageAsync();
        await browser.GotoAsync(site.Url("/broken"));

        IReadOnlyList<AxeViolation> violations = await Axe.AxeAsync(browser.Page);

        AxeViolation label = Assert.Single(violations, v => v.Id == "label");
        Assert.Equal("#unlabeled", Assert.Single(label.Nodes).Target.Single());
        AxeViolation imageAlt = Assert.Single(violations, v => v.Id == "image-alt");
        Assert.Equal("#no-alt", Assert.Single(imageAlt.Nodes).Target.Single());
        var failure = Assert.ThrowsAny<XunitException>(() => Axe.AssertNoSeriousViolations(violations, "/broken"));
        Assert.Contains("label: ", failure.Message, StringComparison.Ordinal);
        Assert.Contains("image-alt: Images must have alternative text", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#unlabeled", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#no-alt", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Axe_PageWithJavaScriptOff_RunsThroughItsOwnSessionAndStillReportsViolations()
    {
        await using BrowserPage browser = await chromium.NewPageAsync(BrowserProfile.Desktop().WithoutJavaScript());
        await browser.GotoAsync(site.Url("/external-script"));
        Assert.Equal("Text", await browser.Page.Locator("#status").InnerTextAsync());
        Assert.Empty(await Axe.AxeAsync(browser));

        await browser.GotoAsync(site.Url("/broken"));
        IReadOnlyList<AxeViolation> violations = await Axe.AxeAsync(browser);

        Assert.Equal("#unlabeled", Assert.Single(Assert.Single(violations, v => v.Id == "label").Nodes).Target.Single());
        Assert.Equal("#no-alt", Assert.Single(Assert.Single(violations, v => v.Id == "image-alt").Nodes).Target.Single());
    }

    [Fact]
    public async Task Keyboard_TabToFieldsTypeSpaceAndEnter_SubmitsTheForm()
    {
        await using BrowserPage browser = await chromium.NewPageAsync();
        await browser.GotoAsync(site.Url("/form/sv"));
        var keyboard = new KeyboardRun(browser.Page);

        await keyboard.TabToLabelAsync("Namn");
        await keyboard.TypeAsync("Anna Ångström");
        await keyboard.TabToLabelAsync("Jag vill vara anonym");
        await keyboard.PressSpaceAsync();
        await keyboard.TabToButtonAsync("Skicka");
        Task thanked = browser.Page.WaitForURLAsync(site.Url("/thanks").ToString());
        await keyboard.PressEnterAsync();
        await thanked;

        Assert.Equal("anonymous=on&name=Anna Ångström", Assert.Single(posted));
        Assert.Equal(["a \"Till innehållet\"", "input#name type=text \"Namn\"", "input#anonymous type=checkbox \"Jag vill vara anonym\"", "button type=submit \"Skicka\""], keyboard.FocusOrder);
        browser.AssertClean();
    }

    [Fact]
    public async Task Keyboard_ElementNotInTabOrder_FailsListingWhereFocusWent()
    {
        await using BrowserPage browser = await chromium.NewPageAsync();
        await browser.GotoAsync(site.Url("/form/sv"));
        var keyboard = new KeyboardRun(browser.Page);

        var failure = await Assert.ThrowsAnyAsync<XunitException>(() => keyboard.TabToIdAsync("intro", maxPresses: 6));

        Assert.Contains("6 presses of Tab did not reach #intro", failure.Message, StringComparison.Ordinal);
        Assert.Contains("2. input#name type=text \"Namn\"", failure.Message, StringComparison.Ordinal);
        Assert.Contains("4. button type=submit \"Skicka\"", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("320px")]
    [InlineData("zoom200")]
    [InlineData("zoom400")]
    public async Task Reflow_AccessiblePage_DoesNotScrollSideways(string profileName)
    {
        BrowserProfile profile = profileName switch
        {
            "320px" => BrowserProfile.Narrow320(),
            "zoom200" => BrowserProfile.Zoom200(),
            _ => BrowserProfile.Zoom400(),
        };
        await using BrowserPage browser = await chromium.NewPageAsync(profile);
        await browser.GotoAsync(site.Url("/form/sv"));

        await Layout.AssertNoHorizontalScrollAsync(browser.Page, "/form/sv");

        Assert.Equal(profile.Width, await browser.Page.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.Equal(profile.DeviceScaleFactor, await browser.Page.EvaluateAsync<float>("() => window.devicePixelRatio"));
    }

    [Fact]
    public async Task Reflow_PageWiderThan320Pixels_FailsNamingTheWideElement()
    {
        await using BrowserPage browser = await chromium.NewPageAsync(BrowserProfile.Narrow320());
        await browser.GotoAsync(site.Url("/wide"));

        var failure = await Assert.ThrowsAnyAsync<XunitException>(() => Layout.AssertNoHorizontalScrollAsync(browser.Page, "/wide"));

        Assert.Contains("/wide scrolls sideways", failure.Message, StringComparison.Ordinal);
        Assert.Contains("div#banner.banner", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screenshot_FullPage_IsAPngOfThePageWidth()
    {
        string directory = Path.Combine(Path.GetTempPath(), "intake-screens-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            await using BrowserPage browser = await chromium.NewPageAsync(BrowserProfile.Narrow320(BrowserProfile.English));
            await browser.GotoAsync(site.Url("/form/en"));

            string path = await Screenshots.SaveAsync(browser, "Report concern", state: "filled in", directory: directory);

            Assert.Equal(Path.Combine(directory, "report-concern-en-filled-in-320px.png"), path);
            byte[] png = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
            int width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
            Assert.Equal(320, width);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        Assert.Equal(Path.Combine(Infrastructure.Samples.RepoRoot, "artifacts", "screenshots"), Screenshots.DefaultDirectory);
    }

    [Fact]
    public async Task Csp_InlineScriptUnderScriptSrcSelf_IsReportedAsAViolation()
    {
        await using BrowserPage browser = await chromium.NewPageAsync();
        await browser.GotoAsync(site.Url("/inline-script"));

        // Chromium 156 words it "Executing inline script violates the following Content Security Policy directive …".
        Assert.Contains(browser.CspViolations, v => v.Contains("inline script", StringComparison.Ordinal) && v.Contains("script-src 'self'", StringComparison.Ordinal));
        Assert.ThrowsAny<XunitException>(browser.AssertNoCspViolations);
        Assert.ThrowsAny<XunitException>(browser.AssertClean);
    }

    [Fact]
    public async Task Csp_ScriptFromTheSameOrigin_RunsAndAxeStillRunsUnderTheStrictPolicy()
    {
        await using BrowserPage browser = await chromium.NewPageAsync();
        await browser.GotoAsync(site.Url("/external-script"));

        Assert.Equal("Skript körde", await browser.Page.Locator("#status").TextContentAsync());
        await Axe.AssertAccessibleAsync(browser.Page, "/external-script");
        browser.AssertClean();
    }

    [Fact]
    public async Task FailedRequests_MissingStylesheet_IsReportedWithItsStatus()
    {
        await using BrowserPage browser = await chromium.NewPageAsync();
        await browser.GotoAsync(site.Url("/missing-style"));

        Assert.Contains(browser.FailedRequests, r => r.EndsWith("/missing.css → 404", StringComparison.Ordinal));
        Assert.ThrowsAny<XunitException>(browser.AssertNoFailedRequests);
    }

    [Fact]
    public async Task FailedRequests_FormShownAgainWith422_FailsUnlessTheTestAllowsIt()
    {
        await using BrowserPage browser = await chromium.NewPageAsync();
        await browser.GotoAsync(site.Url("/invalid-form"));
        var keyboard = new KeyboardRun(browser.Page);

        await keyboard.TabToButtonAsync("Skicka");
        await keyboard.PressEnterAsync();
        await browser.Page.GetByText("Fyll i namn.").WaitForAsync();

        Assert.Contains(browser.FailedRequests, r => r.EndsWith("/submit-invalid → 422", StringComparison.Ordinal));
        Assert.Contains(browser.ConsoleErrors, e => e.Contains("status of 422", StringComparison.Ordinal));
        Assert.ThrowsAny<XunitException>(browser.AssertClean);
        browser.AllowResponse(422, "/submit-invalid");
        browser.AssertClean();
    }

    private static string FormPage(string lang, string title, string nameLabel, string anonymousLabel, string send) =>
        Page(lang, title, $"""
            <p id="intro">{title}.</p>
            <form method="post" action="/submit">
              <p><label for="name">{nameLabel}</label><br><input id="name" name="name" type="text" autocomplete="name"></p>
              <p><input id="anonymous" name="anonymous" type="checkbox"> <label for="anonymous">{anonymousLabel}</label></p>
              <p><button type="submit">{send}</button></p>
            </form>
            <img src="/logo.svg" alt="{title}" width="40" height="40">
            """);

    private static string Page(string lang, string title, string main) => $"""
        <!doctype html>
        <html lang="{lang}">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{title}</title><link rel="stylesheet" href="/site.css"></head>
        <body>
        <header><a class="skip" href="#main">Till innehållet</a></header>
        <main id="main"><h1>{title}</h1>
        {main}
        </main>
        </body>
        </html>
        """;
}
