using System.Text.RegularExpressions;
using Intake.Core.Localization;
using Intake.Core.Submissions;
using Intake.Functions.Pages;
using Intake.Functions.Tests.Infrastructure;
using Intake.Functions.Tests.Infrastructure.Browser;
using Microsoft.Playwright;

namespace Intake.Functions.Tests.Browser;

/// <summary>
/// Every citizen page in both languages, in a real Chromium against the real app (Azurite, offline-directline), in
/// each state a person can bring it to: empty, with errors (with JavaScript, and without it: a 400 page), the receipt
/// (both ways), a self-test's missing answers and its result (both a plain post, with and without JavaScript), the chat
/// with the bot's greeting, and the 404 page. For each: axe-core finds nothing serious or
/// critical (every finding goes to artifacts/axe-summary.txt), the page loads without a console error, a Content
/// Security Policy violation or a failed request, nothing is fetched from anywhere but this app and its local Direct
/// Line, the document carries the security headers, the versioned static files come with the immutable cache header,
/// and a screenshot is saved (artifacts/screenshots/&lt;page&gt;-&lt;sv|en&gt;[-&lt;state&gt;].png). The list comes from
/// <see cref="PageRoutes.All"/>: a new page is swept, or fails here until it has its states.
/// </summary>
public sealed partial class PagesSweepTests(PagesAppFixture pages, ChromiumFixture chromium) : IClassFixture<PagesAppFixture>
{
    public const string Empty = "empty";
    public const string Errors = "errors";
    public const string ErrorsNoJs = "errors-nojs";
    public const string Receipt = "receipt";
    public const string ReceiptNoJs = "receipt-nojs";
    public const string Result = "result";
    public const string ResultNoJs = "result-nojs";
    public const string Greeting = "greeting";
    public const string NotFound = "not-found";

    private const string NotFoundSwedish = "/finns-inte";
    private const string NotFoundEnglish = "/en/does-not-exist";

    /// <summary>What a person fills in at the least for each kind to be accepted (field id, text or option value).</summary>
    private static readonly Dictionary<SubmissionKind, (string Field, string Value)[]> MinimalAnswers = new()
    {
        [SubmissionKind.Concern] =
        [
            ("about", "adult"), ("areas", "alcohol"), ("description", "Min granne dricker mycket och verkar må dåligt."),
            ("childrenInHousehold", "no"), ("acuteDanger", "false"), ("professional", "false"), ("anonymous", "true"),
        ],
        [SubmissionKind.SupportRequest] =
        [
            ("name", "Bo Berg"), ("phone", "070-123 45 67"), ("areas", "alcohol"), ("adult", "true"), ("consent", "true"),
        ],
        [SubmissionKind.RelativeSupportRequest] =
        [
            ("name", "Cia Carlsson"), ("email", "cia@example.com"), ("relation", "partner"), ("childrenAffected", "false"), ("consent", "true"),
        ],
    };

    /// <summary>Each page of <see cref="PageRoutes.All"/> with each state it has, and the 404 page in both languages.</summary>
    public static TheoryData<string, string> Sweep()
    {
        var data = new TheoryData<string, string>();
        foreach (var (path, state) in SweepCases())
        {
            data.Add(path, state);
        }

        return data;
    }

    [Fact]
    public void RouteList_IsTheTenPagesOfIssue5TheAccessibilityStatementAndTheSelfTests_AndTheSweepCoversEachInEveryState()
    {
        Assert.Equal(
            ["/", "/oro", "/stod", "/anhorig", "/chatt", "/tillganglighet", "/sjalvtest/alkohol", "/sjalvtest/droger", "/sjalvtest/spel",
             "/en", "/en/concern", "/en/support", "/en/relatives", "/en/chat", "/en/accessibility", "/en/self-test/alcohol", "/en/self-test/drugs", "/en/self-test/gambling"],
            PageRoutes.All.Select(r => r.Path));

        var cases = SweepCases();
        Assert.Equal(2 + (6 * 5) + 2 + 2 + (6 * 5) + 2, cases.Count);
        Assert.All(PageRoutes.All, route => Assert.Contains(cases, c => c.Path == route.Path));
        Assert.All(PageRoutes.All.Where(r => r.Page == PageKind.Form), form =>
            Assert.Equal([Empty, Errors, ErrorsNoJs, Receipt, ReceiptNoJs], cases.Where(c => c.Path == form.Path).Select(c => c.State)));
        Assert.All(PageRoutes.All.Where(r => r.Page == PageKind.SelfTest), test =>
            Assert.Equal([Empty, Errors, ErrorsNoJs, Result, ResultNoJs], cases.Where(c => c.Path == test.Path).Select(c => c.State)));
        Assert.Contains((NotFoundSwedish, NotFound), cases);
        Assert.Contains((NotFoundEnglish, NotFound), cases);
    }

    [Theory]
    [MemberData(nameof(Sweep))]
    public async Task Page_InEachLanguageAndState_IsAccessibleCleanSelfContainedAndWithItsHeaders(string path, string state)
    {
        PageRoute? route = PageRoutes.All.SingleOrDefault(r => r.Path == path);
        Language language = route?.Language ?? (path.StartsWith("/en/", StringComparison.Ordinal) ? Language.English : Language.Swedish);
        BrowserProfile profile = BrowserProfile.Desktop(Locale(language));
        if (state is ErrorsNoJs or ReceiptNoJs or ResultNoJs)
        {
            profile = profile.WithoutJavaScript();
        }

        await using BrowserPage browser = await chromium.NewPageAsync(profile);
        IResponse document = state switch
        {
            Empty => await browser.GotoAsync(pages.Url(path)),
            Errors or ErrorsNoJs when route?.Page == PageKind.SelfTest => await ShowSelfTestErrorsAsync(browser, path),
            Result or ResultNoJs => await ShowSelfTestResultAsync(browser, path),
            Errors => await ShowErrorsWithScriptAsync(browser, path),
            ErrorsNoJs => await ShowErrorsWithoutScriptAsync(browser, path),
            Receipt => await SendWithScriptAsync(browser, route!, path),
            ReceiptNoJs => await SendWithoutScriptAsync(browser, route!, path),
            Greeting => await ChatUntilGreetedAsync(browser, path, language),
            NotFound => await OpenMissingPageAsync(browser, path, language),
            _ => throw new InvalidOperationException("Unknown state " + state),
        };

        await AssertCheckedAsync(browser, route is null ? NotFound : PageName(route), language, state == Empty || state == NotFound ? null : state, document);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/en")]
    [InlineData("/oro")]
    [InlineData("/en/concern")]
    public async Task Page_At320Pixels_IsAccessibleAndDoesNotScrollSideways(string path)
    {
        PageRoute route = PageRoutes.All.Single(r => r.Path == path);
        await using BrowserPage browser = await chromium.NewPageAsync(BrowserProfile.Narrow320(Locale(route.Language)));
        IResponse document = await browser.GotoAsync(pages.Url(path));

        await Infrastructure.Browser.Layout.AssertNoHorizontalScrollAsync(browser.Page, path + " at 320 px");
        await AssertCheckedAsync(browser, PageName(route), route.Language, "320px", document);
    }

    [Theory]
    [InlineData("/", "Till innehållet", "/en", "en")]
    [InlineData("/en", "Skip to content", "/", "sv")]
    public async Task StartPage_ByKeyboard_SkipLinkIsTheFirstStopAndLeadsIntoMain_LanguageSwitchIsReachable(string path, string skipText, string otherPath, string otherLang)
    {
        PageRoute route = PageRoutes.All.Single(r => r.Path == path);
        await using BrowserPage browser = await chromium.NewPageAsync(BrowserProfile.Desktop(Locale(route.Language)));
        await browser.GotoAsync(pages.Url(path));
        var keyboard = new KeyboardRun(browser.Page);

        await AssertSkipLinkAsync(browser.Page, keyboard, skipText);
        await keyboard.TabToAsync(browser.Page.Locator("main a.choice-link").First, "the first choice in main", maxPresses: 1);

        await browser.GotoAsync(pages.Url(path));
        var again = new KeyboardRun(browser.Page);
        await again.TabToIdAsync("language-switch", maxPresses: 5);
        string other = pages.Url(otherPath).ToString();
        // Listen before pressing: a wait begun after the press races a navigation that commits in between.
        Task arrived = browser.Page.WaitForURLAsync(url => url == other, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Load });
        await again.PressEnterAsync();
        await arrived;
        Assert.Equal(otherLang, await browser.Page.Locator("html").GetAttributeAsync("lang"));
        browser.AssertNoCspViolations();
        browser.AssertClean();
    }

    /// <summary>
    /// The first Tab stop is the skip link, shown in the viewport while it has focus; Enter moves focus to main (the
    /// next Tab then goes on inside main). Shared with the chat page's keyboard test.
    /// </summary>
    internal static async Task AssertSkipLinkAsync(IPage page, KeyboardRun keyboard, string skipText)
    {
        ILocator skip = page.Locator("a.skip-link");
        await keyboard.TabToAsync(skip, "the skip link", maxPresses: 1);
        Assert.Equal(skipText, (await skip.InnerTextAsync()).Trim());
        LocatorBoundingBoxResult? box = await skip.BoundingBoxAsync();
        Assert.True(box is { X: >= 0, Y: >= 0, Width: > 0, Height: > 0 } && box.X + box.Width <= page.ViewportSize!.Width,
            $"The focused skip link should be on screen; it is at {box?.X}, {box?.Y} ({box?.Width}×{box?.Height}).");
        await keyboard.PressEnterAsync();
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    internal static string Locale(Language language) => language == Language.English ? BrowserProfile.English : BrowserProfile.Swedish;

    private static List<(string Path, string State)> SweepCases()
    {
        var cases = new List<(string, string)>();
        foreach (PageRoute route in PageRoutes.All)
        {
            string[] states = route.Page switch
            {
                PageKind.Start or PageKind.Accessibility => [Empty],
                PageKind.Form => [Empty, Errors, ErrorsNoJs, Receipt, ReceiptNoJs],
                PageKind.Chat => [Greeting],
                PageKind.SelfTest => [Empty, Errors, ErrorsNoJs, Result, ResultNoJs],
                _ => throw new InvalidOperationException($"The sweep does not know the states of a {route.Page} page ({route.Path}): add them."),
            };
            cases.AddRange(states.Select(state => (route.Path, state)));
        }

        cases.Add((NotFoundSwedish, NotFound));
        cases.Add((NotFoundEnglish, NotFound));
        return cases;
    }

    private static string PageName(PageRoute route) => route.Page switch
    {
        PageKind.Start => "start",
        PageKind.Chat => "chat",
        PageKind.Accessibility => "accessibility",
        PageKind.SelfTest => "selftest-" + route.Test.ToString()!.ToLowerInvariant(),
        _ => route.Kind switch
        {
            SubmissionKind.Concern => "concern",
            SubmissionKind.SupportRequest => "support",
            SubmissionKind.RelativeSupportRequest => "relatives",
            _ => throw new InvalidOperationException("No name for " + route.Kind),
        },
    };

    /// <summary>
    /// axe (every finding to the summary, a screenshot, then: nothing serious or critical), the document's security
    /// headers, the static files' cache header, every request to this app or its local Direct Line, no CSP violation,
    /// no console error, no failed request other than the ones the state expects.
    /// </summary>
    /// <remarks>A state that is the profile's name (320px) is not repeated: <see cref="Screenshots"/> adds the profile's name.</remarks>
    private async Task AssertCheckedAsync(BrowserPage browser, string pageName, Language language, string? state, IResponse document)
    {
        IReadOnlyList<AxeViolation> violations = await Axe.AxeAsync(browser);
        AxeSummary.Record(pageName, language.ToCode(), state, violations);
        await Screenshots.SaveAsync(browser, pageName, state == browser.Profile.Name ? null : state);

        string where = $"{pageName} ({language.ToCode()}{(state is null ? "" : ", " + state)})";
        Axe.AssertNoSeriousViolations(violations, where);
        await AssertSecurityHeadersAsync(document, where);
        await AssertStaticFilesImmutableAsync(browser, where);
        AssertOnlyLoopback(browser, where);
        browser.AssertNoCspViolations();
        browser.AssertClean();
    }

    private static async Task AssertSecurityHeadersAsync(IResponse document, string where)
    {
        Dictionary<string, string> headers = await document.AllHeadersAsync();
        string Header(string name) => headers.TryGetValue(name, out string? value) ? value : $"(no {name} on {where})";
        string csp = Header("content-security-policy");
        Assert.StartsWith("default-src 'self'; script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header("x-content-type-options"));
        Assert.Equal("no-referrer", Header("referrer-policy"));
        Assert.Equal("no-store", Header("cache-control"));
    }

    /// <summary>
    /// Every stylesheet, icon and script the page names was answered 200 with the year-long immutable cache header,
    /// and nothing asked for /favicon.ico (a 404 and a console error on a first visit). Chromium asks for the icon after
    /// the load event, so it is waited for.
    /// </summary>
    private static async Task AssertStaticFilesImmutableAsync(BrowserPage browser, string where)
    {
        var named = new List<string>();
        foreach (ILocator link in await browser.Page.Locator("link[rel=stylesheet], link[rel=icon]").AllAsync())
        {
            named.Add((await link.GetAttributeAsync("href"))!);
        }

        if (browser.Profile.JavaScriptEnabled)
        {
            foreach (ILocator script in await browser.Page.Locator("script[src]").AllAsync())
            {
                named.Add((await script.GetAttributeAsync("src"))!);
            }
        }

        Assert.Contains(named, path => path.StartsWith("/static/site.", StringComparison.Ordinal));
        Assert.Contains(named, path => path.StartsWith("/static/favicon.", StringComparison.Ordinal));
        foreach (string path in named)
        {
            Assert.Matches(StaticPath(), path);
            IResponse? response = null;
            for (int wait = 0; wait < 100 && response is null; wait++)
            {
                response = browser.Responses.LastOrDefault(r => new Uri(r.Url).AbsolutePath == path);
                if (response is null)
                {
                    await Task.Delay(100, TestContext.Current.CancellationToken);
                }
            }

            Assert.True(response is not null, $"{path}, named by {where}, was never loaded.");
            Assert.Equal(200, response.Status);
            Assert.Equal("public, max-age=31536000, immutable", await response.HeaderValueAsync("cache-control"));
        }

        Assert.DoesNotContain(browser.Requests, r => new Uri(r.Url).AbsolutePath == "/favicon.ico");
    }

    private void AssertOnlyLoopback(BrowserPage browser, string where)
    {
        var elsewhere = browser.Requests.Select(r => new Uri(r.Url))
            .Where(u => u.Scheme is "http" or "https" or "ws" or "wss")
            .Where(u => u.Host != "127.0.0.1" || (u.Port != pages.App.Http.BaseAddress!.Port && u.Port != pages.DirectLineOrigin.Port))
            .ToList();
        Assert.True(elsewhere.Count == 0, $"{where} fetched from elsewhere than the app and its Direct Line:\n  " + string.Join("\n  ", elsewhere));
    }

    private async Task<IResponse> ShowErrorsWithScriptAsync(BrowserPage browser, string path)
    {
        IResponse document = await browser.GotoAsync(pages.Url(path));
        string api = (await browser.Page.Locator("#intake-form").GetAttributeAsync("data-api"))!;
        browser.AllowResponse(400, api);

        IResponse answer = await browser.Page.RunAndWaitForResponseAsync(
            () => browser.Page.Locator("#submit").ClickAsync(), r => new Uri(r.Url).AbsolutePath == api);

        Assert.Equal(400, answer.Status);
        await browser.Page.Locator("#error-summary .error-list li").First.WaitForAsync();
        AssertStayedOnOneDocument(browser, path);
        return document;
    }

    private async Task<IResponse> ShowErrorsWithoutScriptAsync(BrowserPage browser, string path)
    {
        await browser.GotoAsync(pages.Url(path));
        browser.AllowResponse(400, path);

        IResponse answer = await PostFormAsync(browser, path);

        Assert.Equal(400, answer.Status);
        await browser.Page.Locator("#error-summary .error-list li").First.WaitForAsync();
        await browser.Page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal(0, await browser.Page.Locator("html.js").CountAsync());
        return answer;
    }

    private async Task<IResponse> SendWithScriptAsync(BrowserPage browser, PageRoute route, string path)
    {
        IResponse document = await browser.GotoAsync(pages.Url(path));
        string api = (await browser.Page.Locator("#intake-form").GetAttributeAsync("data-api"))!;
        await FillMinimalAsync(browser.Page, route.Kind!.Value);

        IResponse answer = await browser.Page.RunAndWaitForResponseAsync(
            () => browser.Page.Locator("#submit").ClickAsync(), r => new Uri(r.Url).AbsolutePath == api);

        Assert.Equal(202, answer.Status);
        await browser.Page.Locator("#receipt").WaitForAsync();
        Assert.Matches(ReferencePattern(), await browser.Page.Locator("#reference").InnerTextAsync());
        AssertStayedOnOneDocument(browser, path);
        return document;
    }

    private async Task<IResponse> SendWithoutScriptAsync(BrowserPage browser, PageRoute route, string path)
    {
        await browser.GotoAsync(pages.Url(path));
        await FillMinimalAsync(browser.Page, route.Kind!.Value);

        IResponse answer = await PostFormAsync(browser, path);

        Assert.Equal(200, answer.Status);
        await browser.Page.Locator("#receipt").WaitForAsync();
        await browser.Page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Matches(ReferencePattern(), await browser.Page.Locator("#receipt #reference").InnerTextAsync());
        Assert.Equal(0, await browser.Page.Locator("html.js").CountAsync());
        return answer;
    }

    /// <summary>A self-test sent with nothing chosen: a plain post (the page has no script of its own) answered 400
    /// with the missing questions listed.</summary>
    private async Task<IResponse> ShowSelfTestErrorsAsync(BrowserPage browser, string path)
    {
        await browser.GotoAsync(pages.Url(path));
        browser.AllowResponse(400, path);

        IResponse answer = await PostFormAsync(browser, path);

        Assert.Equal(400, answer.Status);
        await browser.Page.Locator("#error-summary .error-list li").First.WaitForAsync();
        await browser.Page.WaitForLoadStateAsync(LoadState.Load);
        return answer;
    }

    /// <summary>A self-test with the second answer chosen on every question, sent: the result page, as a plain post.</summary>
    private async Task<IResponse> ShowSelfTestResultAsync(BrowserPage browser, string path)
    {
        await browser.GotoAsync(pages.Url(path));
        foreach (ILocator radio in await browser.Page.Locator("#selftest-form input[type=radio][name^='q'][value='1']").AllAsync())
        {
            await radio.CheckAsync();
        }

        IResponse answer = await PostFormAsync(browser, path);

        Assert.Equal(200, answer.Status);
        await browser.Page.Locator("#selftest-result").WaitForAsync();
        await browser.Page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Matches(@"^(Du fick|You scored) \d+ (av|out of) \d+", await browser.Page.Locator("#score").InnerTextAsync());
        return answer;
    }

    private async Task<IResponse> ChatUntilGreetedAsync(BrowserPage browser, string path, Language language)
    {
        IResponse document = await browser.GotoAsync(pages.Url(path));
        await WebChatUi.WaitUntilConnectedAsync(browser.Page);
        ILocator sendBox = browser.Page.Locator(WebChatUi.SendBox);
        await sendBox.FocusAsync();
        await browser.Page.Keyboard.TypeAsync("4");
        await browser.Page.Keyboard.PressAsync("Enter");

        string greeting = language == Language.English ? "I am an automated chat" : "Jag är en automatisk chatt";
        await browser.Page.Locator(WebChatUi.BotBubble, new() { HasText = greeting }).First.WaitForAsync();
        await browser.Page.Locator(WebChatUi.BotBubble, new() { HasText = language == Language.English ? "Which self-test would you like to take?" : "Vilket självtest vill du göra?" }).First.WaitForAsync();
        return document;
    }

    private async Task<IResponse> OpenMissingPageAsync(BrowserPage browser, string path, Language language)
    {
        browser.AllowResponse(404, path);
        IResponse? document = await browser.Page.GotoAsync(pages.Url(path).ToString(), new() { WaitUntil = WaitUntilState.Load });

        Assert.NotNull(document);
        Assert.Equal(404, document.Status);
        Assert.Equal(language == Language.English ? "The page does not exist" : "Sidan finns inte", await browser.Page.Locator("main h1").InnerTextAsync());
        Assert.Equal(PageRoutes.Start(language).Path, await browser.Page.Locator("main a").Last.GetAttributeAsync("href"));
        return document;
    }

    /// <summary>Presses Send on a page without scripts: the browser posts the form to the page's own address.</summary>
    private static Task<IResponse> PostFormAsync(BrowserPage browser, string path) =>
        browser.Page.RunAndWaitForResponseAsync(
            () => browser.Page.Locator("#submit").ClickAsync(),
            r => r.Request.IsNavigationRequest && r.Request.Method == "POST" && new Uri(r.Url).AbsolutePath == path);

    /// <summary>Ticks, chooses and types the least each kind needs, as a person would (option by its value, text by id).</summary>
    private static async Task FillMinimalAsync(IPage page, SubmissionKind kind)
    {
        foreach (var (field, value) in MinimalAnswers[kind])
        {
            ILocator first = page.Locator($"[name='{field}']").First;
            if (await first.GetAttributeAsync("type") is "radio" or "checkbox")
            {
                await page.Locator($"[name='{field}'][value='{value}']").CheckAsync();
            }
            else
            {
                await page.Locator($"[id='{field}']").FillAsync(value);
            }
        }
    }

    /// <summary>form.js answered in place: the only document this context loaded is the form itself.</summary>
    private void AssertStayedOnOneDocument(BrowserPage browser, string path)
    {
        var documents = browser.Requests.Where(r => r.ResourceType == "document").Select(r => r.Method + " " + new Uri(r.Url).AbsolutePath).ToList();
        Assert.Equal(["GET " + path], documents);
        Assert.Equal(pages.Url(path).ToString(), browser.Page.Url);
    }

    [GeneratedRegex(@"^/static/[a-z]+\.[0-9a-f]{12}\.(css|js|svg)$")]
    private static partial Regex StaticPath();

    [GeneratedRegex("^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$")]
    private static partial Regex ReferencePattern();
}
