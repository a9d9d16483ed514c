using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Intake.Functions.Functions;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Hostile;

/// <summary>
/// Issue 11, the hostile-input suite: thousands of generated requests (seeded: the same seed, the same requests) over
/// every public endpoint of the app as its own process (Production, Azurite), over real sockets so that framing
/// tricks reach Kestrel. Whatever a client sends: no answer of 500 or more, and a row stored (and queued) exactly for
/// each submission answered as accepted, none for anything refused.
/// </summary>
public sealed partial class HostileInputTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const int Parallel = 6;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryPublicEndpoint_ThousandsOfHostileRequests_NoAnswerOf500AndARowOnlyForEachAccepted()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("INTAKE_HOSTILE_SEED"), CultureInfo.InvariantCulture, out var s) ? s : HostileCases.DefaultSeed;
        var storage = new TestStorage(azurite);
        await using var directLine = await DirectLineStub.StartAsync();
        await using var app = await AppProcess.StartAsync(HostileSettings.For(storage, directLine.Url));
        var cases = HostileCases.Generate(seed, await StaticFilesAsync(app));

        Assert.True(cases.Count >= 2_000, $"{cases.Count} cases");
        var httpFunctions = FunctionCatalog.All.Where(f => f.Trigger is HttpFunctionTrigger).Select(f => f.Name).ToList();
        var uncovered = httpFunctions.Where(f => cases.Count(c => c.Function == f) < 20).ToList();
        Assert.True(uncovered.Count == 0, "HTTP functions with fewer than 20 hostile cases: " + string.Join(", ", uncovered));

        var clock = Stopwatch.StartNew();
        var results = await HostileRunner.RunAsync(app.Port, cases, Parallel, Ct);
        clock.Stop();
        await IdleAsync(app);
        var stored = await HostileStorage.ReadAsync(storage, results, Ct);

        var failures = results.Select(r => (r.Case, Problem: r.Failure())).Where(f => f.Problem is not null).Select(f => $"{f.Case}: {f.Problem}")
            .Concat(Repeats(results)).Concat(stored.Problems).ToList();
        output.WriteLine(Summary(seed, results, stored, clock.Elapsed, directLine.Calls));
        if (failures.Count > 0)
        {
            output.WriteLine($"Failures ({failures.Count}):");
            foreach (var failure in failures)
            {
                output.WriteLine("  " + failure);
            }

            output.WriteLine("What the app logged about its failures (event names and exception types, no request data):");
            foreach (var line in AppErrors(app.Output).Take(40))
            {
                output.WriteLine("  " + line);
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {results.Count} hostile requests (seed {seed}) broke the rules:\n" +
            string.Join("\n", failures.Take(100)) + (failures.Count > 100 ? $"\n… and {failures.Count - 100} more (all in the test output)" : string.Empty));
    }

    /// <summary>A repeat with the same idempotency key and answers gets the first reference back.</summary>
    private static IEnumerable<string> Repeats(IReadOnlyList<HostileResult> results)
    {
        var byName = results.ToDictionary(r => (r.Case.Category, r.Case.Name));
        foreach (var repeat in results.Where(r => r.Case.RepeatOf is not null))
        {
            var first = byName[(repeat.Case.Category, repeat.Case.RepeatOf!)];
            if (repeat.Reference != first.Reference)
            {
                yield return $"{repeat.Case}: reference {repeat.Reference ?? "none"}, but the first post with its key got {first.Reference ?? "none"}";
            }
        }
    }

    /// <summary>One static file of each type, as the pages link them (their names carry a content hash).</summary>
    /// <summary>Until the app has finished every request it started (its hosting log: one "Request finished" for each
    /// "Request starting"), including those whose client went away without an answer.</summary>
    private static async Task IdleAsync(AppProcess app)
    {
        static int Count(string log, string what) => (log.Length - log.Replace(what, string.Empty, StringComparison.Ordinal).Length) / what.Length;
        var idle = await TestStorage.EventuallyAsync(() =>
        {
            var log = app.Output;
            return Task.FromResult(Count(log, "Request starting ") > 0 && Count(log, "Request starting ") == Count(log, "Request finished "));
        }, TimeSpan.FromSeconds(60));
        Assert.True(idle, "The app did not finish every request it started within 60 s.");
    }

    private static async Task<IReadOnlyList<string>> StaticFilesAsync(AppProcess app)
    {
        var pages = await Task.WhenAll(new[] { "/", "/chatt" }.Select(p => app.Http.GetStringAsync(p, Ct)));
        return [.. pages.SelectMany(p => StaticLink().Matches(p).Select(m => m.Value)).Distinct().Order(StringComparer.Ordinal)
            .GroupBy(f => Path.GetExtension(f)).Select(g => g.First())];
    }

    private static string Summary(int seed, IReadOnlyList<HostileResult> results, HostileStorage stored, TimeSpan elapsed, int directLineCalls)
    {
        static string Histogram(IEnumerable<string> keys) =>
            string.Join(", ", keys.GroupBy(k => k).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}"));

        var later = results.Sum(r => r.LaterAnswers.Count);
        return $"Hostile input (seed {seed}): {results.Count} requests (+{later} later answers on their connections) in {elapsed.TotalSeconds:F1} s.\n" +
            $"  Per category: {Histogram(results.Select(r => r.Case.Category))}\n" +
            $"  Statuses: {Histogram(results.Select(r => r.StatusText))}\n" +
            $"  Accepted (2xx with a reference): {results.Count(r => r.Reference is not null)} answers, {stored.AcceptedReferences} distinct submissions\n" +
            $"  Rows: submissions {stored.Submissions}, intake queue {stored.IntakeMessages} ({stored.QueuedTwice} submissions queued more than once), tickets {stored.Tickets}, conversations {stored.Conversations}; " +
            $"rows of refused requests {stored.RowsOfRefused}; Direct Line token calls {directLineCalls}";
    }

    /// <summary>Lines of the app's own log that name a failure (its logs hold no personal data by design).</summary>
    private static IEnumerable<string> AppErrors(string log) =>
        log.Split('\n').Select(l => l.TrimEnd()).Where(l => l.StartsWith("fail:", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal))
            .Select(l => l.Length > 200 ? l[..200] + "…" : l).Distinct();

    [GeneratedRegex("/static/[A-Za-z0-9._-]+")]
    private static partial Regex StaticLink();
}
