using System.Globalization;
using Microsoft.Playwright;

namespace Intake.Functions.Tests.Infrastructure.Browser;

/// <summary>
/// A page in its own browser context, with what went wrong while it ran: console errors (uncaught exceptions
/// included), Content Security Policy violations (Chromium reports them as console errors: "Refused to …") and
/// failed requests (no answer, or an HTTP status of 400 or more). Dispose it to close the context.
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly List<string> consoleErrors = [];
    private readonly List<string> cspViolations = [];
    private readonly List<string> failedRequests = [];

    internal BrowserPage(IBrowserContext context, IPage page, BrowserProfile profile)
    {
        Context = context;
        Page = page;
        Profile = profile;
        page.Console += (_, message) => OnConsole(message);
        page.PageError += (_, error) => Add(consoleErrors, "uncaught: " + error);
        page.RequestFailed += (_, request) => Add(failedRequests, $"{request.Method} {request.Url} → {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Add(failedRequests, $"{response.Request.Method} {response.Url} → {response.Status.ToString(CultureInfo.InvariantCulture)}");
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public BrowserProfile Profile { get; }

    /// <summary>Console messages of type error and uncaught exceptions (CSP violations included).</summary>
    public IReadOnlyList<string> ConsoleErrors => Snapshot(consoleErrors);

    /// <summary>Console messages about the Content Security Policy (enforced or report-only).</summary>
    public IReadOnlyList<string> CspViolations => Snapshot(cspViolations);

    /// <summary>Requests that got no answer, or an answer of 400 or more.</summary>
    public IReadOnlyList<string> FailedRequests => Snapshot(failedRequests);

    /// <summary>Navigates and waits for the load event (scripts, styles and images loaded); fails on a non-2xx page.</summary>
    public async Task<IResponse> GotoAsync(Uri url)
    {
        IResponse? response = await Page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
        if (response is null || !response.Ok)
        {
            Assert.Fail($"GET {url} answered {response?.Status.ToString(CultureInfo.InvariantCulture) ?? "nothing"}.");
        }

        return response!;
    }

    public void AssertNoConsoleErrors() => AssertEmpty(ConsoleErrors, "console error");

    public void AssertNoCspViolations() => AssertEmpty(CspViolations, "Content Security Policy violation");

    public void AssertNoFailedRequests() => AssertEmpty(FailedRequests, "failed request");

    /// <summary>No console errors, no CSP violations, no failed requests.</summary>
    public void AssertClean()
    {
        var problems = ConsoleErrors.Select(e => "console: " + e).Concat(FailedRequests.Select(r => "request: " + r)).ToList();
        if (problems.Count > 0)
        {
            Assert.Fail($"The page had {problems.Count} problem(s):\n  " + string.Join("\n  ", problems));
        }
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync().ConfigureAwait(false);

    private void OnConsole(IConsoleMessage message)
    {
        if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
        {
            Add(cspViolations, message.Text);
        }

        if (message.Type == "error")
        {
            string where = string.IsNullOrEmpty(message.Location) ? "" : $" ({message.Location})";
            Add(consoleErrors, message.Text + where);
        }
    }

    private static void AssertEmpty(IReadOnlyList<string> items, string what)
    {
        if (items.Count > 0)
        {
            Assert.Fail($"{items.Count} {what}(s):\n  " + string.Join("\n  ", items));
        }
    }

    private static void Add(List<string> list, string item)
    {
        lock (list)
        {
            list.Add(item);
        }
    }

    private static List<string> Snapshot(List<string> list)
    {
        lock (list)
        {
            return [.. list];
        }
    }
}
