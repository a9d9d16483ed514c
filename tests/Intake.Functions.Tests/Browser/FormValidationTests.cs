using Intake.Functions.Tests.Infrastructure;
using Intake.Functions.Tests.Infrastructure.Browser;
using Microsoft.Playwright;

namespace Intake.Functions.Tests.Browser;

/// <summary>
/// A form sent with errors, in Chromium with JavaScript (form.js shows the API's 400 in place) and without (the server
/// answers 400 with the page again): the summary "Det finns fel i formuläret" has focus, a link per error that moves
/// focus to its field, the message at each field, everything typed still there, nothing stored; once corrected, the
/// form goes through.
/// </summary>
public sealed class FormValidationTests(AzuriteFixture azurite, ChromiumFixture chromium)
{
    private const string Description = "Han spelar bort hyran & säger \"det ordnar sig\" <varje> månad.\nIgår var han borta hela natten.";

    public static TheoryData<string, bool> Languages() => new()
    {
        { BrowserProfile.Swedish, true },
        { BrowserProfile.Swedish, false },
        { BrowserProfile.English, true },
        { BrowserProfile.English, false },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Concern_MissingAnswersBadPersonnummerAndBadEmail_SummaryHasFocusLinksToEachFieldKeepsEverythingAndStoresNothing(string locale, bool javaScript)
    {
        bool sv = locale == BrowserProfile.Swedish;
        string path = sv ? "/oro" : "/en/concern";
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage);
        await using BrowserPage browser = await chromium.NewPageAsync(Profile(locale, javaScript));
        browser.AllowResponse(400, javaScript ? "/api/concerns" : path);
        IPage page = browser.Page;
        await FormDriver.OpenAsync(browser, app, path);

        // Nothing ticked under "what is it about", no answer about children, a personnummer whose check digit is
        // wrong, an e-mail address without a domain.
        await FormDriver.FillAsync(page, sv
            ?
            [
                new Choose("Vem gäller din oro?", "En vuxen, 18 år eller äldre"),
                new Write("Beskriv din oro", Description),
                new Choose("Är någon i akut fara just nu?", "Nej"),
                new Write("Personens namn", "Åke Öberg"),
                new Write("Personens personnummer", "19990101-0001"),
                new Choose("Gör du anmälan i din yrkesroll?", "Nej"),
                new Choose("Vill du vara anonym?", "Nej"),
                new Write("Ditt namn", "Märta Ek"),
                new Write("E-postadress", "marta@"),
                new Write("Din relation till personen", "Granne"),
            ]
            :
            [
                new Choose("Who are you worried about?", "An adult, 18 or older"),
                new Write("Describe your concern", Description),
                new Choose("Is anyone in immediate danger right now?", "No"),
                new Write("The person's name", "Åke Öberg"),
                new Write("The person's personal identity number", "19990101-0001"),
                new Choose("Are you reporting in your professional role?", "No"),
                new Choose("Do you want to be anonymous?", "No"),
                new Write("Your name", "Märta Ek"),
                new Write("Email address", "marta@"),
                new Write("Your relation to the person", "Neighbour"),
            ]);
        Dictionary<string, string> typed = await FormDriver.ValuesAsync(page);

        IResponse response = await FormDriver.SubmitAsync(browser);

        Assert.Equal(400, response.Status);
        await AssertErrorsShownAsync(browser, sv, ["areas", "childrenInHousehold", "personIdentityNumber", "reporterEmail"]);
        Assert.Equal(typed, await FormDriver.ValuesAsync(page));
        Assert.Equal(Description, await page.Locator("#description").InputValueAsync());
        Assert.Empty(await storage.EntitiesAsync(storage.SubmissionsTable));
        if (javaScript)
        {
            await Axe.AssertAccessibleAsync(page, path + " with errors");
        }
        await Screenshots.SaveAsync(browser, "concern", FormDriver.State(browser, "errors"));
        await AssertEachLinkMovesFocusToItsFieldAsync(page);

        // Corrected, it goes through, with what was typed before.
        await FormDriver.FillAsync(page, sv
            ?
            [
                new Tick("Vad gäller oron?", "Spel om pengar"),
                new Choose("Bor det barn hos personen?", "Vet inte"),
                new Write("Personens personnummer", "19121212-1212"),
                new Write("E-postadress", "marta@example.se"),
            ]
            :
            [
                new Tick("What is the concern about?", "Gambling"),
                new Choose("Do children live with the person?", "Don't know"),
                new Write("The person's personal identity number", "19121212-1212"),
                new Write("Email address", "marta@example.se"),
            ]);
        IResponse sent = await FormDriver.SubmitAsync(browser);

        Assert.Equal(javaScript ? 202 : 200, sent.Status);
        string reference = await FormDriver.ShownReferenceAsync(page);
        var answers = FormDriver.AnswersOf(await FormDriver.StoredAsync(storage, reference));
        Assert.Equal(Description, answers.GetProperty("description").GetString());
        Assert.Equal(("Åke Öberg", "Märta Ek", "marta@example.se"),
            (answers.GetProperty("personName").GetString(), answers.GetProperty("reporterName").GetString(), answers.GetProperty("reporterEmail").GetString()));
        browser.AssertClean();
    }

    public static TheoryData<string, bool, string> EmptyForms() => new()
    {
        // page, JavaScript, the case that then fills it in correctly
        { "/stod", true, "support" },
        { "/stod", false, "support" },
        { "/anhorig", true, "relative" },
        { "/anhorig", false, "relative-children-affected" },
        { "/en/support", false, "support-en" },
        { "/en/relatives", true, "relative-en" },
    };

    [Theory]
    [MemberData(nameof(EmptyForms))]
    public async Task SupportForm_SentEmpty_SummaryHasFocusAndLinksToEachRequiredQuestionThenFilledInItGoesThrough(string path, bool javaScript, string filledIn)
    {
        FormCase form = FormCases.Named(filledIn);
        bool sv = form.Locale == BrowserProfile.Swedish;
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage);
        await using BrowserPage browser = await chromium.NewPageAsync(Profile(form.Locale, javaScript));
        browser.AllowResponse(400, javaScript ? form.Api : path);
        IPage page = browser.Page;
        await FormDriver.OpenAsync(browser, app, path);
        Dictionary<string, string> empty = await FormDriver.ValuesAsync(page);

        IResponse response = await FormDriver.SubmitAsync(browser);

        Assert.Equal(400, response.Status);
        string[] required = form.Kind == "support-request"
            ? ["name", "phone", "areas", "adult", "consent"]
            : ["name", "phone", "relation", "childrenAffected", "consent"];
        await AssertErrorsShownAsync(browser, sv, required);
        Assert.Equal(empty, await FormDriver.ValuesAsync(page));
        Assert.Empty(await storage.EntitiesAsync(storage.SubmissionsTable));
        await Screenshots.SaveAsync(browser, form.Kind == "support-request" ? "support" : "relatives", FormDriver.State(browser, "errors"));
        await AssertEachLinkMovesFocusToItsFieldAsync(page);

        await FormDriver.FillAsync(page, form.Answers);
        IResponse sent = await FormDriver.SubmitAsync(browser);

        Assert.Equal(javaScript ? 202 : 200, sent.Status);
        await FormDriver.StoredAsync(storage, await FormDriver.ShownReferenceAsync(page));
        browser.AssertClean();
    }

    private static BrowserProfile Profile(string locale, bool javaScript) =>
        javaScript ? BrowserProfile.Desktop(locale) : BrowserProfile.Desktop(locale).WithoutJavaScript();

    /// <summary>
    /// The summary is first in main, has focus and says what it is; it links to exactly <paramref name="fields"/>, in the
    /// order of the page; each field shows its message (the link's text) inside the field, tied to the control, and its
    /// controls are aria-invalid; no other control is. The page title starts with "Fel: ".
    /// </summary>
    private static async Task AssertErrorsShownAsync(BrowserPage browser, bool sv, string[] fields)
    {
        IPage page = browser.Page;
        ILocator summary = page.Locator("#error-summary");
        Assert.True(await summary.IsVisibleAsync(), "No error summary is shown.");
        Assert.Equal("error-summary", await FormDriver.FocusedIdAsync(page));
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').firstElementChild === document.getElementById('error-summary')"),
            "The error summary is not the first thing in main.");
        Assert.Equal(sv ? "Det finns fel i formuläret" : "There are errors in the form", (await summary.Locator("h2").InnerTextAsync()).Trim());
        Assert.StartsWith(sv ? "Fel: " : "Error: ", await page.TitleAsync(), StringComparison.Ordinal);

        IReadOnlyList<ILocator> links = await summary.Locator("a").AllAsync();
        var hrefs = new List<string>();
        foreach (ILocator link in links)
        {
            hrefs.Add((await link.GetAttributeAsync("href"))!);
        }

        Assert.Equal(fields.Select(f => "#" + f), hrefs);
        for (int i = 0; i < fields.Length; i++)
        {
            string field = fields[i];
            string linkText = (await links[i].InnerTextAsync()).Trim();
            Assert.False(string.IsNullOrWhiteSpace(linkText), $"The summary's link to {field} says nothing.");
            ILocator message = page.Locator($"#field-{field} #{field}-error");
            Assert.True(await message.IsVisibleAsync(), $"No message is shown at {field}.");
            Assert.EndsWith(linkText, (await message.InnerTextAsync()).Trim(), StringComparison.Ordinal);

            // A screen reader hears the message with the control (or its group).
            string describedBy = await page.EvaluateAsync<string>(
                "id => { const c = document.getElementById(id); return (c.closest('fieldset') || c).getAttribute('aria-describedby') || ''; }", field);
            Assert.Contains(field + "-error", describedBy.Split(' '));
            foreach (ILocator control in await page.Locator($"#intake-form [name='{field}']").AllAsync())
            {
                Assert.Equal("true", await control.GetAttributeAsync("aria-invalid"));
            }
        }

        string[] invalid = await page.EvaluateAsync<string[]>(
            "() => Array.from(new Set(Array.from(document.querySelectorAll('#intake-form [aria-invalid=\"true\"]')).map(c => c.name)))");
        Assert.Equal(fields.Order(StringComparer.Ordinal), invalid.Order(StringComparer.Ordinal));
    }

    /// <summary>Follows each link of the summary (a click, as with a mouse or Enter): focus lands on the link's field.</summary>
    private static async Task AssertEachLinkMovesFocusToItsFieldAsync(IPage page)
    {
        IReadOnlyList<ILocator> links = await page.Locator("#error-summary a").AllAsync();
        Assert.NotEmpty(links);
        foreach (ILocator link in links)
        {
            string field = (await link.GetAttributeAsync("href"))![1..];
            await link.ClickAsync();
            Assert.Equal(field, await FormDriver.FocusedIdAsync(page));
            Assert.True(await page.Locator("#" + field).IsVisibleAsync(), $"{field} has focus but is not visible.");
        }
    }
}
