using System.Text.Json;
using Intake.Functions.Tests.Infrastructure;
using Intake.Functions.Tests.Infrastructure.Browser;
using Microsoft.Playwright;

namespace Intake.Functions.Tests.Browser;

/// <summary>
/// The questions asked only given another answer (the reporter's details when not anonymous, the workplace for a
/// professional): with JavaScript they show and hide with the answer and what is hidden is not sent; without it they
/// are all shown, each with a note that says when to answer it.
/// </summary>
public sealed class FormConditionalTests(AzuriteFixture azurite, ChromiumFixture chromium)
{
    private static readonly string[] Reporter = ["reporterName", "reporterPhone", "reporterEmail", "reporterRelation"];

    [Fact]
    public async Task Concern_WithJavaScript_AnonymousHidesTheReporterQuestionsAndWhatWasTypedThereIsNotSent()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage);
        await using BrowserPage browser = await chromium.NewPageAsync(BrowserProfile.Desktop());
        IPage page = browser.Page;
        await FormDriver.OpenAsync(browser, app, "/oro");

        // Not yet answered: the questions about the reporter are not shown, nor are the notes meant for a page without script.
        await AssertShownAsync(page, [.. Reporter, "reporterOrganisation"], shown: false);
        Assert.Equal(0, await VisibleCountAsync(page, ".condition-note"));
        Assert.Equal(
            "field-reporterName field-reporterPhone field-reporterEmail field-reporterRelation",
            await page.Locator("#anonymous-false").GetAttributeAsync("aria-controls"));

        await FormDriver.FillAsync(page,
        [
            new Choose("Vem gäller din oro?", "En vuxen, 18 år eller äldre"),
            new Tick("Vad gäller oron?", "Alkohol"),
            new Write("Beskriv din oro", "Grannen dricker."),
            new Choose("Bor det barn hos personen?", "Nej"),
            new Choose("Är någon i akut fara just nu?", "Nej"),
            new Choose("Gör du anmälan i din yrkesroll?", "Nej"),
            new Choose("Vill du vara anonym?", "Nej"),
        ]);
        await AssertShownAsync(page, Reporter, shown: true);
        await AssertShownAsync(page, ["reporterOrganisation"], shown: false);
        await FormDriver.FillAsync(page,
        [
            new Write("Ditt namn", "Märta Ek"),
            new Write("Telefonnummer", "070-123 45 67"),
            new Write("E-postadress", "marta@example.se"),
            new Write("Din relation till personen", "Kusin"),
        ]);

        // Changing one's mind: anonymous after all.
        await new Choose("Vill du vara anonym?", "Ja").GiveAsync(page);
        await AssertShownAsync(page, Reporter, shown: false);

        IResponse response = await FormDriver.SubmitAsync(browser);

        Assert.Equal(202, response.Status);
        string body = response.Request.PostData!;
        using (JsonDocument sent = JsonDocument.Parse(body))
        {
            Assert.Equal(
                ["about", "areas", "description", "childrenInHousehold", "acuteDanger", "professional", "anonymous"],
                sent.RootElement.EnumerateObject().Select(p => p.Name));
        }

        foreach (string typed in new[] { "Märta", "070-123", "marta@", "Kusin" })
        {
            Assert.DoesNotContain(typed, body, StringComparison.Ordinal);
        }

        var stored = FormDriver.AnswersOf(await FormDriver.StoredAsync(storage, await FormDriver.ShownReferenceAsync(page)));
        Assert.DoesNotContain(stored.EnumerateObject(), p => p.Name.StartsWith("reporter", StringComparison.Ordinal));
        browser.AssertClean();
    }

    [Fact]
    public async Task Concern_WithJavaScript_ProfessionalRevealsTheWorkplaceQuestionAndNoHidesItAgain()
    {
        await using var app = new IntakeApp(new TestStorage(azurite));
        await using BrowserPage browser = await chromium.NewPageAsync(BrowserProfile.Desktop());
        IPage page = browser.Page;
        await FormDriver.OpenAsync(browser, app, "/oro");

        await new Choose("Gör du anmälan i din yrkesroll?", "Ja").GiveAsync(page);

        await AssertShownAsync(page, ["reporterOrganisation"], shown: true);
        Assert.True(await page.GetByLabel("Din arbetsplats eller organisation").IsVisibleAsync());
        Assert.Contains("field-reporterOrganisation", (await page.Locator("#professional").GetAttributeAsync("aria-controls"))!.Split(' '));

        await new Choose("Gör du anmälan i din yrkesroll?", "Nej").GiveAsync(page);

        await AssertShownAsync(page, ["reporterOrganisation"], shown: false);
        browser.AssertClean();
    }

    [Theory]
    [InlineData("/oro", "Svara bara om du inte vill vara anonym.", "Svara bara om du gör anmälan i din yrkesroll.")]
    [InlineData("/en/concern", "Answer only if you do not want to be anonymous.", "Answer only if you are reporting in your professional role.")]
    public async Task Concern_WithoutJavaScript_AllQuestionsAreShownEachWithItsNote(string path, string notAnonymous, string professional)
    {
        await using var app = new IntakeApp(new TestStorage(azurite));
        await using BrowserPage browser = await chromium.NewPageAsync(
            BrowserProfile.Desktop(path.StartsWith("/en", StringComparison.Ordinal) ? BrowserProfile.English : BrowserProfile.Swedish).WithoutJavaScript());
        IPage page = browser.Page;
        await FormDriver.OpenAsync(browser, app, path);

        await AssertShownAsync(page, [.. Reporter, "reporterOrganisation"], shown: true);
        foreach (string field in Reporter)
        {
            await AssertNoteAsync(page, field, notAnonymous);
        }

        await AssertNoteAsync(page, "reporterOrganisation", professional);
        Assert.Equal(Reporter.Length + 1, await VisibleCountAsync(page, ".condition-note"));
        browser.AssertClean();
    }

    /// <summary>The note is shown inside the question, before its control, and read with it (aria-describedby).</summary>
    private static async Task AssertNoteAsync(IPage page, string field, string note)
    {
        ILocator shown = page.Locator($"#field-{field} #{field}-condition");
        Assert.True(await shown.IsVisibleAsync(), $"#{field} shows no note.");
        Assert.Equal(note, (await shown.InnerTextAsync()).Trim());
        Assert.Contains(field + "-condition", (await page.Locator("#" + field).GetAttributeAsync("aria-describedby"))!.Split(' '));
    }

    private static async Task AssertShownAsync(IPage page, IEnumerable<string> fields, bool shown)
    {
        foreach (string field in fields)
        {
            Assert.True(await page.Locator("#field-" + field).IsVisibleAsync() == shown, $"#field-{field} is {(shown ? "hidden" : "shown")}.");
            Assert.True(await page.Locator("#" + field).IsVisibleAsync() == shown, $"#{field} is {(shown ? "hidden" : "shown")}.");
        }
    }

    private static async Task<int> VisibleCountAsync(IPage page, string selector)
    {
        int visible = 0;
        foreach (ILocator element in await page.Locator(selector).AllAsync())
        {
            visible += await element.IsVisibleAsync() ? 1 : 0;
        }

        return visible;
    }
}
