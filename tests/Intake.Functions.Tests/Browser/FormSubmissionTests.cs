using Azure.Data.Tables;
using System.Text.Json;
using Intake.Functions.Storage;
using Intake.Functions.Tests.Infrastructure;
using Intake.Functions.Tests.Infrastructure.Browser;
using Microsoft.Playwright;

namespace Intake.Functions.Tests.Browser;

/// <summary>
/// Each kind of form filled in and sent through the real page in Chromium, with JavaScript (form.js posts JSON to the
/// API) and without (a plain form post): the receipt shows the reference that was stored, and with routing running
/// that submission becomes a ticket on the right team's queue.
/// </summary>
public sealed class FormSubmissionTests(AzuriteFixture azurite, ChromiumFixture chromium)
{
    public static TheoryData<string, bool> Cases() => new()
    {
        { "concern-adult-anonymous", true },
        { "concern-adult-anonymous", false },
        { "concern-child-professional", true },
        { "concern-child-professional", false },
        { "support", true },
        { "support", false },
        { "relative-children-affected", true },
        { "relative-children-affected", false },
        { "relative", true },
        { "concern-adult-en", true },
        { "concern-adult-en", false },
        { "support-en", true },
        { "relative-en", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Form_FilledInAndSent_ReceiptShowsTheStoredReferenceAndTheTicketIsOnTheTeamsQueue(string name, bool javaScript)
    {
        FormCase form = FormCases.Named(name);
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        BrowserProfile profile = BrowserProfile.Desktop(form.Locale);
        await using BrowserPage browser = await chromium.NewPageAsync(javaScript ? profile : profile.WithoutJavaScript());
        IPage page = browser.Page;
        await FormDriver.OpenAsync(browser, app, form.Path);

        await FormDriver.FillAsync(page, form.Answers);
        IResponse response = await FormDriver.SubmitAsync(browser);

        // The answer: JavaScript posts JSON to the API (202), a plain form posts to the page (200, the receipt page).
        Assert.Equal(javaScript ? 202 : 200, response.Status);
        Assert.Equal(javaScript ? form.Api : form.Path, new Uri(response.Url).AbsolutePath);

        // What the person sees: the receipt (and no form), its reference, what happens next, the emergency box.
        string receiptTitle = form.Locale == BrowserProfile.Swedish ? FormCases.ReceiptTitleSv : FormCases.ReceiptTitleEn;
        Assert.Equal(receiptTitle, (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.StartsWith(receiptTitle + " – ", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#intake-form").CountAsync());
        string reference = await FormDriver.ShownReferenceAsync(page);
        Assert.Contains(form.NextSteps, await page.Locator("#next-steps").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#emergency").IsVisibleAsync(), "The receipt has no emergency box.");
        if (javaScript)
        {
            // form.js replaced the form in place: focus goes to the receipt's heading, where a screen reader starts.
            Assert.Equal("receipt-title", await FormDriver.FocusedIdAsync(page));
        }

        if (form.Name is "concern-adult-anonymous" or "concern-adult-en")
        {
            await Screenshots.SaveAsync(browser, "receipt", FormDriver.State(browser)); // receipt-sv.png, receipt-en-nojs.png …
        }

        // What was stored: the reference shown, from the channel used, exactly the answers given.
        TableEntity submission = await FormDriver.StoredAsync(storage, reference);
        Assert.Equal((form.Kind, javaScript ? "api" : "web"), (submission.GetString("Kind"), submission.GetString("Channel")));
        Assert.Equal(Lines(form.Stored), Lines(Flatten(FormDriver.AnswersOf(submission))));

        await FormDriver.AssertTicketOnQueueAsync(storage, reference, form.Team);
        browser.AssertClean();
    }

    /// <summary>
    /// The answer to the first send is lost on the way back (the app stored it; the connection broke): the page says it
    /// could not send, the person presses send again, and gets the reference of what was stored: one submission, one
    /// ticket, because both posts carried the page's Idempotency-Key.
    /// </summary>
    [Fact]
    public async Task Form_AnswerLostOnTheWayBack_SendingAgainShowsTheStoredReferenceAndMakesNoSecondTicket()
    {
        FormCase form = FormCases.Named("support");
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        await using BrowserPage browser = await chromium.NewPageAsync(BrowserProfile.Desktop(form.Locale));
        IPage page = browser.Page;
        var keys = new List<string?>();
        int posts = 0;
        await page.RouteAsync("**" + form.Api, async route =>
        {
            keys.Add(await route.Request.HeaderValueAsync("idempotency-key"));
            if (Interlocked.Increment(ref posts) == 1)
            {
                await route.FetchAsync(); // reaches the app, which stores it …
                await route.AbortAsync("connectionreset"); // … and the answer never reaches the page
                return;
            }

            await route.ContinueAsync();
        });
        await FormDriver.OpenAsync(browser, app, form.Path);
        await FormDriver.FillAsync(page, form.Answers);
        string pageKey = await page.Locator("#intake-form input[name='idempotency-key']").InputValueAsync();

        await page.Locator("#submit").ClickAsync();
        await page.Locator("#error-summary").WaitForAsync();
        Assert.Single(await storage.EntitiesAsync(storage.SubmissionsTable));
        await FormDriver.SubmitAsync(browser);

        string reference = await FormDriver.ShownReferenceAsync(page);
        await FormDriver.StoredAsync(storage, reference);
        await FormDriver.AssertTicketOnQueueAsync(storage, reference, form.Team);
        Assert.Equal([pageKey, pageKey], keys);
        browser.AssertNoCspViolations();
    }

    /// <summary>"field = value" lines in field order, so that a difference shows whole.</summary>
    private static string Lines(IReadOnlyDictionary<string, string> answers) =>
        string.Join("\n", answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + " = " + a.Value));

    /// <summary>The stored answers as field → value; a multi-choice as its values joined with commas.</summary>
    private static Dictionary<string, string> Flatten(JsonElement answers) => answers.EnumerateObject().ToDictionary(
        p => p.Name,
        p => p.Value.ValueKind == JsonValueKind.Array ? string.Join(",", p.Value.EnumerateArray().Select(v => v.GetString())) : p.Value.GetString()!,
        StringComparer.Ordinal);
}
