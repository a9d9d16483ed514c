using System.Collections.Concurrent;
using Intake.Functions.Tests.Infrastructure;
using Intake.Functions.Tests.Infrastructure.Browser;
using Microsoft.Playwright;

namespace Intake.Functions.Tests.Browser;

/// <summary>
/// The draft form.js keeps while a person types: back after a reload, with a visible note; in this tab only; never
/// sent before Send; gone when cleared with "Rensa formuläret" and once the form is sent.
/// </summary>
public sealed class FormDraftTests(AzuriteFixture azurite, ChromiumFixture chromium)
{
    private const string Message = "Jag vill sluta spela innan sommaren.";

    private static readonly Answer[] Typed =
    [
        new Write("Ditt namn", "Bo Berg"),
        new Write("Telefonnummer", "070-123 45 67"),
        new Choose("När passar det bäst att vi hör av oss?", "Eftermiddag"),
        new Tick("Vad vill du ha stöd med?", "Alkohol", "Spel om pengar"),
        new Choose("Är du 18 år eller äldre?", "Ja"),
        new Write("Vill du berätta något mer?", Message),
        new Agree("Jag vill att en socialsekreterare kontaktar mig"),
    ];

    /// <summary>What was typed, as it would appear in a URL, a form body or JSON.</summary>
    private static readonly string[] Traces = ["Bo Berg", "Bo+Berg", "Bo%20Berg", "123 45 67", "123+45+67", "sluta spela", "sluta+spela", "sluta%20spela"];

    [Fact]
    public async Task Support_Draft_ComesBackAfterAReloadIsNeverSentBeforeSendAndIsGoneWhenClearedOrSent()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage);
        await using BrowserPage browser = await chromium.NewPageAsync(BrowserProfile.Desktop());
        IPage page = browser.Page;
        var requests = new ConcurrentQueue<string>();
        page.Request += (_, request) => requests.Enqueue($"{request.Method} {request.Url}\n{request.PostData}");
        await FormDriver.OpenAsync(browser, app, "/stod");
        Dictionary<string, string> empty = await FormDriver.ValuesAsync(page);
        ILocator note = page.Locator("#draft-note");
        Assert.False(await note.IsVisibleAsync(), "The draft note shows before anything is typed.");

        await FormDriver.FillAsync(page, Typed);
        Dictionary<string, string> typed = await FormDriver.ValuesAsync(page);
        Assert.NotEqual(empty, typed);
        Assert.True(await note.IsVisibleAsync(), "No note says that a draft is kept.");
        Assert.Contains("Inget skickas till oss förrän du trycker på Skicka.", await note.InnerTextAsync(), StringComparison.Ordinal);

        // A reload brings everything back, and says so.
        await page.ReloadAsync();
        Assert.Equal(typed, await FormDriver.ValuesAsync(page));
        Assert.True(await note.IsVisibleAsync(), "After a reload the draft is back without its note.");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length"));

        // Another tab of the same browser does not get it.
        IPage otherTab = await browser.Context.NewPageAsync();
        await otherTab.GotoAsync(page.Url);
        Assert.Equal(empty, await FormDriver.ValuesAsync(otherTab));
        await otherTab.CloseAsync();

        // "Rensa formuläret" empties the form and forgets the draft; focus goes to the form's first field.
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Rensa formuläret", Exact = true }).ClickAsync();
        Assert.Equal(empty, await FormDriver.ValuesAsync(page));
        Assert.False(await note.IsVisibleAsync(), "The draft note stays after the form was cleared.");
        Assert.Equal("name", await FormDriver.FocusedIdAsync(page));
        await page.ReloadAsync();
        Assert.Equal(empty, await FormDriver.ValuesAsync(page));
        Assert.False(await note.IsVisibleAsync(), "The draft note is back after clearing and reloading.");

        // Nothing typed has left the browser so far.
        await FormDriver.FillAsync(page, Typed);
        await page.ReloadAsync();
        Assert.Equal(typed, await FormDriver.ValuesAsync(page));
        Assert.NotEmpty(requests);
        Assert.DoesNotContain(requests, r => Traces.Any(t => r.Contains(t, StringComparison.Ordinal)));

        IResponse response = await FormDriver.SubmitAsync(browser);

        Assert.Equal(202, response.Status);
        Assert.Contains(requests, r => r.StartsWith("POST ", StringComparison.Ordinal) && r.Contains(Message, StringComparison.Ordinal));
        await FormDriver.StoredAsync(storage, await FormDriver.ShownReferenceAsync(page));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => sessionStorage.length"));

        // Sent: the page opened again is empty.
        await page.ReloadAsync();
        Assert.Equal(empty, await FormDriver.ValuesAsync(page));
        Assert.False(await note.IsVisibleAsync(), "The draft note shows after the form was sent.");
        browser.AssertClean();
    }
}
