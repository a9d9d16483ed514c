using System.Globalization;
using Microsoft.Playwright;

namespace Intake.Functions.Tests.Infrastructure.Browser;

/// <summary>
/// A page in its own browser context, with what went wrong while it ran: console errors (uncaught exceptions
/// included), Content Security Policy violations (Chromium reports them as console errors) and failed requests (no
/// answer, or an HTTP status of 400 or more). An answer a test expects (a form shown again with 422) is declared with
/// <see cref="AllowResponse"/>. Dispose it to close the context.
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly List<Problem> consoleErrors = [];
    private readonly List<string> cspViolations = [];
    private readonly List<Problem> failedRequests = [];
    private readonly List<(int Status, string Path)> allowed = [];
    private readonly List<IRequest> requests = [];
    private readonly List<IResponse> responses = [];

    internal BrowserPage(IBrowserContext context, IPage page, BrowserProfile profile)
    {
        Context = context;
        Page = page;
        Profile = profile;
        context.Request += (_, request) => Add(requests, request);
        context.Response += (_, response) => Add(responses, response);
        page.Console += (_, message) => OnConsole(message);
        page.PageError += (_, error) => Add(consoleErrors, new Problem("uncaught: " + error, null, null));
        page.RequestFailed += (_, request) => Add(failedRequests, new Problem($"{request.Method} {request.Url} → {request.Failure}", request.Url, null));
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                string text = $"{response.Request.Method} {response.Url} → {response.Status.ToString(CultureInfo.InvariantCulture)}";
                Add(failedRequests, new Problem(text, response.Url, response.Status));
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public BrowserProfile Profile { get; }

    /// <summary>Every request any page of this context made (documents, files, fetches), in order.</summary>
    public IReadOnlyList<IRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>Every response this context received, in order.</summary>
    public IReadOnlyList<IResponse> Responses
    {
        get
        {
            lock (responses)
            {
                return [.. responses];
            }
        }
    }

    /// <summary>Console messages of type error and uncaught exceptions (CSP violations included), less allowed answers.</summary>
    public IReadOnlyList<string> ConsoleErrors => Unexpected(consoleErrors);

    /// <summary>Console messages about the Content Security Policy (enforced or report-only).</summary>
    public IReadOnlyList<string> CspViolations
    {
        get
        {
            lock (cspViolations)
            {
                return [.. cspViolations];
            }
        }
    }

    /// <summary>Requests that got no answer, or an answer of 400 or more, less allowed answers.</summary>
    public IReadOnlyList<string> FailedRequests => Unexpected(failedRequests);

    /// <summary>
    /// Expects an answer with this status for this path (e.g. 422 for a form with errors): it counts neither as a failed
    /// request nor as Chromium's console error "Failed to load resource".
    /// </summary>
    public void AllowResponse(int status, string path)
    {
        lock (allowed)
        {
            allowed.Add((status, path));
        }
    }

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
            lock (cspViolations)
            {
                cspViolations.Add(message.Text);
            }
        }

        if (message.Type == "error")
        {
            string? url = string.IsNullOrEmpty(message.Location) ? null : message.Location;
            int? status = null;
            const string failedToLoad = "the server responded with a status of ";
            int at = message.Text.IndexOf(failedToLoad, StringComparison.Ordinal);
            if (at >= 0 && int.TryParse(message.Text.AsSpan(at + failedToLoad.Length, 3), NumberStyles.None, CultureInfo.InvariantCulture, out int parsed))
            {
                status = parsed;
            }

            Add(consoleErrors, new Problem(message.Text + (url is null ? "" : $" ({url})"), url, status));
        }
    }

    private List<string> Unexpected(List<Problem> problems)
    {
        List<Problem> all;
        lock (problems)
        {
            all = [.. problems];
        }

        List<(int Status, string Path)> expected;
        lock (allowed)
        {
            expected = [.. allowed];
        }

        return all.Where(p => !expected.Any(a => p.Status == a.Status && p.Url is not null && PathOf(p.Url) == a.Path)).Select(p => p.Text).ToList();
    }

    /// <summary>The path of a URL, or of a console location "url:line:column".</summary>
    private static string? PathOf(string url)
    {
        string trimmed = url;
        for (int i = 0; i < 2 && trimmed.LastIndexOf(':') is int colon and > 6 && int.TryParse(trimmed.AsSpan(colon + 1), out _); i++)
        {
            trimmed = trimmed[..colon];
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out Uri? uri) ? uri.AbsolutePath : null;
    }

    private static void AssertEmpty(IReadOnlyList<string> items, string what)
    {
        if (items.Count > 0)
        {
            Assert.Fail($"{items.Count} {what}(s):\n  " + string.Join("\n  ", items));
        }
    }

    private static void Add<T>(List<T> list, T item)
    {
        lock (list)
        {
            list.Add(item);
        }
    }

    private sealed record Problem(string Text, string? Url, int? Status);
}
