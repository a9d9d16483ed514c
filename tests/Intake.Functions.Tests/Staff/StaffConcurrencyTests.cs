using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Azure;
using Azure.Data.Tables;
using Intake.Core.Routing;
using Intake.Core.Submissions;
using Intake.Functions.Staff;
using Intake.Functions.Storage;
using Intake.Functions.Tests.Flow;
using Intake.Functions.Tests.Infrastructure;
using Intake.Functions.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Functions.Tests.Staff;

/// <summary>
/// Issue 12: two people of the same team claim a fresh ticket at the same moment → exactly one gets it and the other
/// is told who has it; notes added at the same moment → none lost. Driven through the app's own
/// <see cref="TicketCases"/> against Azurite for numbers (1,000 claim races, 1,000 notes), and a smaller number through
/// HTTP with two real sign-ins.
/// </summary>
public sealed class StaffConcurrencyTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const string Team = "team-vuxen";

    private static readonly StaffUser Anna = new("a7d2f1a3-0000-4000-8000-00000000000a", "Anna Andersson", new HashSet<string> { Team }, false);
    private static readonly StaffUser Bertil = new("a7d2f1a3-0000-4000-8000-00000000000b", "Bertil Berg", new HashSet<string> { Team }, false);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoClaimsAtOnce_1000Trials_ExactlyOneWins_TheOtherIsToldWhoHasIt()
    {
        var refused = 0;
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, IntakeApp.WrapTables(storage, table => table.Name == storage.TicketsTable
            ? new CountingTicketWrites(table, () => Interlocked.Increment(ref refused))
            : table), TestStorage.RoutingOnly());
        var cases = app.Services.GetRequiredService<TicketCases>();
        var tables = app.Services.GetRequiredService<IntakeTables>();
        const int Trials = 1_000;

        var failures = new ConcurrentBag<string>();
        var wins = new ConcurrentDictionary<string, int>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, Trials), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = Ct }, async (trial, ct) =>
        {
            var id = await FreshTicketAsync(tables, trial, ct);
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var (first, second) = trial % 2 == 0 ? (Anna, Bertil) : (Bertil, Anna);
            var claims = new[] { first, second }.Select(user => Task.Run(async () =>
            {
                await go.Task;
                return (User: user, Answer: await cases.ClaimAsync(id, user, ct));
            }, ct)).ToList();
            go.SetResult();
            var answers = await Task.WhenAll(claims);

            var won = answers.Where(a => a.Answer.Change == CaseChange.Done).ToList();
            var lost = answers.Where(a => a.Answer.Change == CaseChange.ClaimedByOther).ToList();
            var stored = TicketRecord.FromEntity((await tables.Tickets.GetOrNullAsync(id, TicketRecord.RowKey, ct))!);
            var claimEvents = (await cases.TimelineAsync(id, ct)).Where(e => e.Type == AuditActions.Claim).ToList();
            if (won.Count != 1 || lost.Count != 1)
            {
                failures.Add($"trial {trial}: {string.Join(", ", answers.Select(a => $"{a.User.Name} {a.Answer.Change}"))}");
                return;
            }

            var winner = won[0].User;
            wins.AddOrUpdate(winner.Name, 1, (_, n) => n + 1);
            if (lost[0].Answer.Ticket?.ClaimedByName != winner.Name)
            {
                failures.Add($"trial {trial}: the loser was told {lost[0].Answer.Ticket?.ClaimedByName ?? "nobody"} has it, not {winner.Name}");
            }

            if (stored.ClaimedBy != winner.Id || stored.ClaimedByName != winner.Name || stored.Version != 2)
            {
                failures.Add($"trial {trial}: stored claimed by {stored.ClaimedByName} (version {stored.Version}), but {winner.Name} won");
            }

            if (claimEvents.Count != 1 || claimEvents[0].ByName != winner.Name)
            {
                failures.Add($"trial {trial}: {claimEvents.Count} claim entries in the timeline");
            }
        });
        clock.Stop();

        output.WriteLine($"Concurrent claims (TicketCases on Azurite): {Trials} trials of two claims at once on a fresh ticket in {clock.Elapsed.TotalSeconds:F1} s, 8 trials at a time. " +
            $"One winner in {Trials - failures.Count}; wins {string.Join(", ", wins.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => $"{w.Key} {w.Value}"))}; " +
            $"claims whose write was refused by If-Match (both had read it unclaimed) and that read again and were told who has it: {refused}; failures {failures.Count}.");
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(30)));
        Assert.True(refused > 0, "No trial had both claims read the ticket unclaimed: the race was never run.");
    }

    [Fact]
    public async Task TwentyNotesAtOnce_50Rounds_NoneLost()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        var cases = app.Services.GetRequiredService<TicketCases>();
        var tables = app.Services.GetRequiredService<IntakeTables>();
        const int Rounds = 50;
        const int Notes = 20;

        var lost = 0;
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < Rounds; round++)
        {
            var id = await FreshTicketAsync(tables, round, Ct);
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var texts = Enumerable.Range(0, Notes).Select(n => $"Anteckning {round}.{n} {Guid.NewGuid():N}").ToList();

            // The notes, and a claim by each of the two at the same moment (a change of the ticket row meanwhile).
            var work = texts.Select((text, n) => Task.Run(async () => { await go.Task; return await cases.AddNoteAsync(id, n % 2 == 0 ? Anna : Bertil, text, Ct); }, Ct))
                .Concat(new[] { Anna, Bertil }.Select(user => Task.Run(async () => { await go.Task; return (await cases.ClaimAsync(id, user, Ct)).Change; }, Ct)))
                .ToList();
            go.SetResult();
            var answers = await Task.WhenAll(work);

            var notes = (await cases.TimelineAsync(id, Ct)).Where(e => e.Type == AuditActions.Note).Select(e => e.Text).ToList();
            var missing = texts.Where(t => !notes.Contains(t)).ToList();
            lost += missing.Count;
            if (answers.Take(Notes).Any(a => a != CaseChange.Done) || missing.Count > 0 || notes.Count != Notes || answers.Skip(Notes).Count(a => a == CaseChange.Done) != 1)
            {
                failures.Add($"round {round}: answers {string.Join(",", answers)}; {notes.Count} notes stored, {missing.Count} missing");
            }
        }

        clock.Stop();
        output.WriteLine($"Concurrent notes (TicketCases on Azurite): {Rounds} rounds of {Notes} notes at once (with two claims racing beside them) = {Rounds * Notes} notes in {clock.Elapsed.TotalSeconds:F1} s; lost {lost}; failures {failures.Count}.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task OverHttp_TwoSignedInColleaguesClaimAtOnce_OneGetsIt_TheOtherIsToldWho_AndNotesAtOnceAreAllKept()
    {
        const int Trials = 40;
        const int NoteRounds = 5;
        const int Notes = 20;
        await using var site = await StaffSite.StartAsync(azurite);
        var ids = new List<string>();
        for (var i = 0; i < Trials + NoteRounds; i++)
        {
            var response = await site.App.Http.SendAsync(Samples.Post("/api/support-requests", Samples.Json(Samples.Numbered("support-request", i))), Ct);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            using var receipt = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
            ids.Add(receipt.RootElement.GetProperty("reference").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal));
        }

        foreach (var id in ids)
        {
            Assert.True(await RoutingReliabilityTests.RoutedAsync(site.Storage, id), $"{id} was not routed");
        }

        // Vera and Lena both work in Team Vuxen: one real sign-in each, then their cookies and CSRF tokens.
        using var vera = site.Browser("vuxen");
        using var lena = site.Browser("lead");
        var people = new[] { (Name: "Vera Vuxen (test)", Session: await SessionOfAsync(vera)), (Name: "Lena Ledare (test)", Session: await SessionOfAsync(lena)) };
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 16 }) { BaseAddress = vera.App };

        var failures = new List<string>();
        var wins = new Dictionary<string, int>();
        var clean = 0;
        foreach (var (id, trial) in ids.Take(Trials).Select((id, n) => (id, n)))
        {
            var order = trial % 2 == 0 ? people : people.Reverse().ToArray();
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var posts = order.Select(p => Task.Run(async () => { await go.Task; return (p.Name, Answer: await PostAsync(http, p.Session, $"/staff/tickets/{id}/claim")); }, Ct)).ToList();
            go.SetResult();
            var answers = await Task.WhenAll(posts);

            var won = answers.Where(a => a.Answer.Status == HttpStatusCode.Redirect && a.Answer.Location == $"/staff/tickets/{id}?done=claimed").ToList();
            var told = answers.Where(a => a.Answer.Status == HttpStatusCode.Conflict).ToList();
            if (won.Count != 1 || told.Count != 1)
            {
                failures.Add($"{id}: {string.Join(", ", answers.Select(a => $"{a.Name} {(int)a.Answer.Status}"))}");
                continue;
            }

            wins[won[0].Name] = wins.GetValueOrDefault(won[0].Name) + 1;
            if (!told[0].Answer.Body.Contains("Någon annan har redan ärendet", StringComparison.Ordinal) || !told[0].Answer.Body.Contains($"är redan tilldelat {won[0].Name}.", StringComparison.Ordinal))
            {
                failures.Add($"{id}: the 409 does not say that {won[0].Name} has it");
            }

            var stored = await site.Storage.Tables.GetEntityAsync(site.Storage.TicketsTable, id, TicketRecord.RowKey, Ct);
            if (stored!.GetString("ClaimedByName") != won[0].Name)
            {
                failures.Add($"{id}: stored claimed by {stored.GetString("ClaimedByName")}, but {won[0].Name} won");
            }
            else if (told[0].Answer.Body.Contains($"är redan tilldelat {won[0].Name}.", StringComparison.Ordinal))
            {
                clean++;
            }
        }

        var lostNotes = 0;
        foreach (var id in ids.Skip(Trials))
        {
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var texts = Enumerable.Range(0, Notes).Select(n => $"Anteckning {n} {Guid.NewGuid():N}").ToList();
            var posts = texts.Select((text, n) => Task.Run(async () => { await go.Task; return await PostAsync(http, people[n % 2].Session, $"/staff/tickets/{id}/note", ("note", text)); }, Ct)).ToList();
            go.SetResult();
            var answers = await Task.WhenAll(posts);
            var page = await vera.GetAsync($"/staff/tickets/{id}");
            var missing = texts.Count(t => !page.Body.Contains(t, StringComparison.Ordinal));
            lostNotes += missing;
            if (answers.Any(a => a.Status != HttpStatusCode.Redirect) || missing > 0)
            {
                failures.Add($"{id}: note answers {string.Join(",", answers.Select(a => (int)a.Status))}; {missing} of {Notes} notes not on the page");
            }
        }

        output.WriteLine($"Over HTTP (two real sign-ins, Team Vuxen): {Trials} trials of two claims at once: one 302 and one 409 naming the winner in {clean}; " +
            $"wins {string.Join(", ", wins.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => $"{w.Key} {w.Value}"))}; {NoteRounds} rounds of {Notes} notes at once: lost {lostNotes}; failures {failures.Count}.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>A fresh open ticket of Team Vuxen, as routing writes it (the ticket row and its inbox row).</summary>
    private static async Task<string> FreshTicketAsync(IntakeTables tables, int n, CancellationToken ct)
    {
        var id = Convert.ToHexString(Guid.NewGuid().ToByteArray())[..12];
        var now = DateTimeOffset.UtcNow;
        var ticket = TicketRecord.Create(id, SubmissionKind.SupportRequest, new RouteDecision(Team, "team-vuxen", n % 3 == 0, now.AddDays(3), ["support-request"]), now);
        await tables.Tickets.InsertAsync(ticket.ToEntity(), ct);
        return id;
    }

    private sealed record Session(string Cookies, string Csrf);

    private sealed record Answer(HttpStatusCode Status, string? Location, string Body);

    private static async Task<Session> SessionOfAsync(StaffBrowser browser)
    {
        var page = await browser.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var cookies = browser.Cookies.GetCookies(new Uri(browser.App, "/staff/x")).Where(c => c.Name is "intake-staff" or "intake-staff-af");
        return new Session(string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}")), page.Csrf!);
    }

    private static async Task<Answer> PostAsync(HttpClient http, Session session, string path, params (string Name, string Value)[] fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__csrf", session.Csrf))),
        };
        request.Headers.Add("Cookie", session.Cookies);
        using var response = await http.SendAsync(request, Ct);
        return new Answer(response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>Counts the ticket writes refused because the ticket changed since it was read (412).</summary>
    private sealed class CountingTicketWrites(TableClient inner, Action refused) : DelegatingTableClient(inner)
    {
        public override async Task<Response> UpdateEntityAsync<T>(T entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
        {
            try
            {
                return await base.UpdateEntityAsync(entity, ifMatch, mode, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                refused();
                throw;
            }
        }
    }
}
