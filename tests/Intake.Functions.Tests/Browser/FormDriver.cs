using Azure.Storage.Queues.Models;
using Azure.Data.Tables;
using System.Text.Json;
using System.Text.RegularExpressions;
using Intake.Core.References;
using Intake.Functions.Storage;
using Intake.Functions.Tests.Infrastructure;
using Intake.Functions.Tests.Infrastructure.Browser;
using Microsoft.Playwright;

namespace Intake.Functions.Tests.Browser;

/// <summary>One answer a person gives on a form page, found by what the page says (question and option labels).</summary>
public abstract record Answer
{
    public abstract Task GiveAsync(IPage page);

    /// <summary>The radio group whose legend contains <paramref name="question"/> (the legend also says "(required)").</summary>
    protected static ILocator Group(IPage page, string question) =>
        page.GetByRole(AriaRole.Group, new PageGetByRoleOptions { Name = question });
}

/// <summary>Picks one option of a radio group.</summary>
public sealed record Choose(string Question, string Option) : Answer
{
    public override Task GiveAsync(IPage page) =>
        Group(page, Question).GetByLabel(Option, new LocatorGetByLabelOptions { Exact = true }).CheckAsync();
}

/// <summary>Ticks options of a checkbox group.</summary>
public sealed record Tick(string Question, params string[] Options) : Answer
{
    public override async Task GiveAsync(IPage page)
    {
        foreach (string option in Options)
        {
            await Group(page, Question).GetByLabel(option, new LocatorGetByLabelOptions { Exact = true }).CheckAsync();
        }
    }
}

/// <summary>Writes into the text field whose label contains <paramref name="Label"/> (replacing what is there).</summary>
public sealed record Write(string Label, string Text) : Answer
{
    public override Task GiveAsync(IPage page) => page.GetByLabel(Label).FillAsync(Text);
}

/// <summary>Ticks the single checkbox whose label contains <paramref name="Label"/> (a consent).</summary>
public sealed record Agree(string Label) : Answer
{
    public override Task GiveAsync(IPage page) => page.GetByLabel(Label).CheckAsync();
}

/// <summary>
/// Drives the citizen form pages in a real browser: opens them (checking that JavaScript is on or off as the profile
/// says), fills them in, submits them the way the page does (a page load without JavaScript, form.js's JSON post with
/// it), and reads what a person sees; checks what was stored and routed.
/// </summary>
public static partial class FormDriver
{
    public static readonly TimeSpan RoutingWithin = TimeSpan.FromSeconds(30);

    /// <summary>Every control of the form: id → its value, or "checked"/"" for a radio or checkbox.</summary>
    private const string ControlValues = """
        () => Object.fromEntries(Array.from(document.querySelectorAll('#intake-form input:not([type=hidden]), #intake-form textarea'))
          .map(c => [c.id, (c.type === 'radio' || c.type === 'checkbox') ? (c.checked ? 'checked' : '') : c.value]))
        """;

    [GeneratedRegex("^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$")]
    public static partial Regex ReferencePattern();

    /// <summary>Opens a page of the app and checks that form.js ran exactly when the profile has JavaScript on.</summary>
    public static async Task OpenAsync(BrowserPage browser, IntakeApp app, string path)
    {
        await browser.GotoAsync(new Uri(app.Http.BaseAddress!, path));
        bool scriptRan = await browser.Page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('js')");
        Assert.True(scriptRan == browser.Profile.JavaScriptEnabled,
            $"form.js {(scriptRan ? "ran" : "did not run")} on {path}, in a browser with JavaScript {(browser.Profile.JavaScriptEnabled ? "on" : "off")}.");
    }

    public static async Task FillAsync(IPage page, IEnumerable<Answer> answers)
    {
        foreach (Answer answer in answers)
        {
            await answer.GiveAsync(page);
        }
    }

    /// <summary>Presses the send button with the mouse; see <see cref="SubmitAsync(BrowserPage, Func{Task})"/>.</summary>
    public static Task<IResponse> SubmitAsync(BrowserPage browser) =>
        SubmitAsync(browser, () => browser.Page.Locator("#submit").ClickAsync());

    /// <summary>
    /// Sends the form by <paramref name="send"/> (a click, or Enter on the button) and waits until the person sees the
    /// answer: the receipt, or a new error summary or notice (the one shown before, if any, does not count); without
    /// JavaScript also until the new page has loaded. Returns the answer to the form's post.
    /// </summary>
    public static async Task<IResponse> SubmitAsync(BrowserPage browser, Func<Task> send)
    {
        IPage page = browser.Page;
        await page.EvaluateAsync("() => document.getElementById('error-summary')?.setAttribute('data-stale', '')");
        IResponse response = await page.RunAndWaitForResponseAsync(send, r => r.Request.Method == "POST");
        await page.Locator("#receipt, #error-summary:not([data-stale])").First.WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        return response;
    }

    public static async Task<Dictionary<string, string>> ValuesAsync(IPage page) =>
        await page.EvaluateAsync<Dictionary<string, string>>(ControlValues);

    /// <summary>The id of the focused element ("" when it has none, "(body)" for the page itself).</summary>
    public static Task<string> FocusedIdAsync(IPage page) =>
        page.EvaluateAsync<string>("() => !document.activeElement || document.activeElement === document.body ? '(body)' : document.activeElement.id");

    /// <summary>The receipt as shown: its reference (checked against the pattern XXXX-XXXX-XXXX).</summary>
    public static async Task<string> ShownReferenceAsync(IPage page)
    {
        ILocator reference = page.Locator("#receipt #reference");
        Assert.True(await reference.IsVisibleAsync(), "The receipt shows no reference.");
        string shown = (await reference.InnerTextAsync()).Trim();
        Assert.Matches(ReferencePattern(), shown);
        return shown;
    }

    /// <summary>The only stored submission: its reference must be the one shown. Returns the stored entity.</summary>
    public static async Task<TableEntity> StoredAsync(TestStorage storage, string shownReference)
    {
        TableEntity submission = Assert.Single(await storage.EntitiesAsync(storage.SubmissionsTable));
        Assert.True(ReferenceNumber.TryParse(submission.PartitionKey, out ReferenceNumber stored), $"The stored id {submission.PartitionKey} is no reference.");
        Assert.Equal(shownReference, stored.ToString());
        return submission;
    }

    public static JsonElement AnswersOf(TableEntity submission)
    {
        using JsonDocument answers = JsonDocument.Parse(submission.GetString("Answers")!);
        return answers.RootElement.Clone();
    }

    /// <summary>Waits for routing: one ticket for this submission on <paramref name="team"/>'s queue, none on the others.</summary>
    public static async Task AssertTicketOnQueueAsync(TestStorage storage, string shownReference, string team)
    {
        string id = shownReference.Replace("-", string.Empty, StringComparison.Ordinal);
        Assert.True(await TestStorage.EventuallyAsync(async () => (await storage.MessagesAsync(storage.TeamQueue(team))).Count > 0, RoutingWithin),
            $"No ticket message on {team} within {RoutingWithin.TotalSeconds} s.");
        PeekedMessage message = Assert.Single(await storage.MessagesAsync(storage.TeamQueue(team)));
        using (JsonDocument ticketMessage = JsonDocument.Parse(message.MessageText))
        {
            Assert.Equal(id, ticketMessage.RootElement.GetProperty("ticketId").GetString());
        }

        TableEntity ticket = Assert.Single(await storage.EntitiesAsync(storage.TicketsTable));
        Assert.Equal((id, team), (ticket.PartitionKey, ticket.GetString("Team")));
        foreach (string other in TestStorage.Teams.Where(t => t != team))
        {
            Assert.Empty(await storage.MessagesAsync(storage.TeamQueue(other)));
        }
    }

    /// <summary>A screenshot name's state: "nojs" for a browser without JavaScript.</summary>
    public static string? State(BrowserPage browser, string? state = null) =>
        browser.Profile.JavaScriptEnabled ? state : string.Join("-", new[] { state, "nojs" }.Where(s => s is not null));
}
