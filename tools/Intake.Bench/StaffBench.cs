using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure;
using Azure.Data.Tables;

namespace Intake.Bench;

/// <summary>
/// Section 6 of scripts/bench.sh: the staff inbox with 10,000 open tickets across the four teams (2,500 in the
/// signed-in person's team) and the ticket page with its audit write, against a running app, its Azurite and the
/// local OpenID Connect provider.
///
/// The tickets are realistic because the app made the first of each team: one sample per team is posted to the API
/// and routed by the app; its submission, ticket and inbox rows are then copied (new reference, received time spread
/// over 30 days, due times from the team's own clock, so some are overdue; one in five claimed) straight into Azurite
/// (the submissions only for the measured team, whose ticket pages are opened: the list never reads them).
/// The session comes from the real sign-in (the provider's login form). Then, one request at a time over one kept-alive
/// connection, alternating: GET /health (baseline) and GET /staff (the team's inbox: one partition read, 2,500 rows
/// rendered); then GET /staff/tickets/{id} of random tickets of the team (a ticket page, its audit record written
/// before it is returned); and, for the floor under the list, the same partition read straight through the SDK.
/// </summary>
internal static partial class StaffBench
{
    private const int PerTeam = 2_500;
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private static readonly (string Sample, string Route, string Team)[] Teams =
    [
        ("support-request", "/api/support-requests", "team-vuxen"),
        ("concern-child", "/api/concerns", "barn-och-unga"),
        ("relative-support", "/api/relative-support-requests", "anhorigstod-nexus"),
        ("relative-support-children", "/api/relative-support-requests", "anhorigstod-fjarilen"),
    ];

    private static readonly string[] Metadata = ["odata.etag", "Timestamp", "PartitionKey", "RowKey"];

    /// <summary>staff &lt;app url&gt; &lt;connection&gt; &lt;samples dir&gt; &lt;login&gt; &lt;requests&gt;</summary>
    public static async Task<int> RunAsync(Uri app, string connection, string samples, string login, int requests)
    {
        var tables = new TableServiceClient(connection);
        var tickets = tables.GetTableClient("tickets");
        var submissions = tables.GetTableClient("submissions");
        var inbox = tables.GetTableClient("teaminbox");
        var audit = tables.GetTableClient("audit");
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 1 }) { BaseAddress = app };

        // ---- 10,000 open tickets: the app routes one per team, the rest are copies of it. ----
        var seeding = Stopwatch.StartNew();
        var random = new Random(2026);
        var now = DateTimeOffset.UtcNow;
        var ids = new Dictionary<string, List<string>>();
        var writes = new List<Func<Task>>();
        foreach (var (sample, route, team) in Teams)
        {
            using var post = await http.PostAsync(route, new StringContent(File.ReadAllText(Path.Combine(samples, sample + ".json")), Encoding.UTF8, "application/json"));
            if (post.StatusCode != HttpStatusCode.Accepted)
            {
                throw new InvalidOperationException($"POST {route} answered {(int)post.StatusCode}");
            }

            using var receipt = JsonDocument.Parse(await post.Content.ReadAsStringAsync());
            var id = receipt.RootElement.GetProperty("reference").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal);
            var submission = await RoutedAsync(submissions, id);
            var ticket = (await tickets.GetEntityAsync<TableEntity>(id, "ticket")).Value;
            if (ticket.GetString("Team") != team)
            {
                throw new InvalidOperationException($"{sample} was routed to {ticket.GetString("Team")}, not {team}");
            }

            var row = await FirstAsync(inbox.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {team} and TicketId eq {id}")));
            ids[team] = [id];
            var created = ticket.GetDateTimeOffset("CreatedAt")!.Value;
            var dueIn = ticket.GetDateTimeOffset("DueAt")!.Value - created;
            var decisionIn = ticket.GetDateTimeOffset("DecisionDueAt") - created;
            var rows = new List<TableEntity>();
            for (var i = 1; i < PerTeam; i++)
            {
                var copy = new string([.. Enumerable.Range(0, 12).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
                var received = now - TimeSpan.FromMinutes(random.Next(5, 30 * 24 * 60));
                var due = received + dueIn;
                var claimed = random.Next(5) == 0;
                var claimer = claimed ? random.Next(1, 9) : 0;
                var t = Copy(ticket, copy, "ticket");
                t["CreatedAt"] = received;
                t["DueAt"] = due;
                t["DecisionDueAt"] = received + decisionIn;
                t["Version"] = claimed ? 2 : 1;
                t["ClaimedBy"] = claimed ? $"00000000-0000-4000-8000-00000000000{claimer}" : string.Empty;
                t["ClaimedByName"] = claimed ? $"Kollega {claimer}" : string.Empty;
                t["ClaimedAt"] = claimed ? received.AddHours(1) : null;
                var s = Copy(submission, copy, "submission");
                s["ReceivedAt"] = received;
                s["RoutedAt"] = received.AddSeconds(1);
                s.Remove("IdempotencyFingerprint");
                var r = Copy(row, team, string.Create(CultureInfo.InvariantCulture, $"{due.UtcTicks:D19}-{copy}"));
                r["TicketId"] = copy;
                r["ReceivedAt"] = received;
                r["DueAt"] = due;
                r["DecisionDueAt"] = received + decisionIn;
                r["Version"] = claimed ? 2 : 1;
                r["ClaimedByName"] = claimed ? $"Kollega {claimer}" : null;
                rows.Add(r);
                ids[team].Add(copy);
                writes.Add(() => tickets.AddEntityAsync(WithoutNulls(t)));
                if (team == Teams[0].Team)
                {
                    writes.Add(() => submissions.AddEntityAsync(s));  // The measured team's: their pages are opened.
                }
            }

            foreach (var batch in rows.Chunk(100))
            {
                writes.Add(() => inbox.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.Add, WithoutNulls(e)))));
            }
        }

        await Parallel.ForEachAsync(writes, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (write, _) => await write());
        var team0 = Teams[0].Team;
        Console.WriteLine(Invariant($"seeded {ids.Values.Sum(l => l.Count)} open tickets ({string.Join(", ", ids.Select(p => $"{p.Key} {p.Value.Count}"))}): {writes.Count} writes in {seeding.Elapsed.TotalSeconds:F1} s"));

        // ---- The real sign-in. ----
        var cookie = await SignInAsync(app, login);

        async Task<(double Ms, int Status, int Bytes, string Body)> TimeAsync(string path, bool signedIn)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (signedIn)
            {
                request.Headers.Add("Cookie", cookie);
            }

            var clock = Stopwatch.StartNew();
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return (clock.Elapsed.TotalMilliseconds, (int)response.StatusCode, Encoding.UTF8.GetByteCount(body), body);
        }

        var first = await TimeAsync("/staff", signedIn: true);
        if (first.Status != 200 || !first.Body.Contains($"{PerTeam} öppna ärenden", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"GET /staff answered {first.Status} without \"{PerTeam} öppna ärenden\"");
        }

        // ---- The list vs /health, alternating; then ticket pages; then the partition read alone. ----
        var warmup = Math.Max(5, requests / 10);
        var health = new List<double>();
        var list = new List<double>();
        for (var i = 0; i < warmup + requests; i++)
        {
            var h = await TimeAsync("/health", signedIn: false);
            var l = await TimeAsync("/staff", signedIn: true);
            if (h.Status != 200 || l.Status != 200)
            {
                throw new InvalidOperationException($"/health {h.Status}, /staff {l.Status}");
            }

            if (i >= warmup)
            {
                health.Add(h.Ms);
                list.Add(l.Ms);
            }
        }

        var auditBefore = await CountAsync(audit, "read");
        var page = new List<double>();
        var mine = ids[team0];
        for (var i = 0; i < warmup + requests; i++)
        {
            var t = await TimeAsync($"/staff/tickets/{mine[random.Next(mine.Count)]}", signedIn: true);
            if (t.Status != 200)
            {
                throw new InvalidOperationException($"a ticket page answered {t.Status}");
            }

            if (i >= warmup)
            {
                page.Add(t.Ms);
            }
        }

        var audited = await CountAsync(audit, "read") - auditBefore;
        var floor = new List<double>();
        for (var i = 0; i < warmup + requests; i++)
        {
            var clock = Stopwatch.StartNew();
            var n = 0;
            await foreach (var _ in inbox.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {team0} and State eq {"open"}")))
            {
                n++;
            }

            if (i >= warmup)
            {
                floor.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine(Line($"GET /health (baseline, same driver)", health, string.Empty));
        Console.WriteLine(Line($"GET /staff (inbox: {PerTeam} open of 10,000)", list, Invariant($"page {first.Bytes / 1024} KiB")));
        Console.WriteLine(Line("  its partition read alone (SDK, floor)", floor, Invariant($"{PerTeam} rows")));
        Console.WriteLine(Line("GET /staff/tickets/{id} (+ audit write)", page, Invariant($"audit records written {audited} for {warmup + requests} pages")));
        Console.WriteLine(Invariant($"inbox list vs /health: p50 {Percentile(list, 50) / Percentile(health, 50):F1}x, p95 {Percentile(list, 95) / Percentile(health, 95):F1}x  ({requests} requests each after {warmup} warm-up, one at a time, one kept-alive connection)"));
        return 0;
    }

    private static string Line(string label, List<double> ms, string note) =>
        Invariant($"{label,-44} p50 {Percentile(ms, 50),7:F1} ms  p95 {Percentile(ms, 95),7:F1} ms  max {ms.Max(),7:F1} ms  (n={ms.Count}{(note.Length > 0 ? "; " + note : string.Empty)})");

    private static double Percentile(List<double> values, int p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Max(0, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static TableEntity Copy(TableEntity template, string partitionKey, string rowKey)
    {
        var copy = new TableEntity(partitionKey, rowKey);
        foreach (var (key, value) in template.Where(p => !Metadata.Contains(p.Key) && !p.Key.EndsWith("@odata.type", StringComparison.Ordinal)))
        {
            copy[key] = value;
        }

        return copy;
    }

    private static TableEntity WithoutNulls(TableEntity entity)
    {
        foreach (var key in entity.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            entity.Remove(key);
        }

        return entity;
    }

    private static async Task<TableEntity> RoutedAsync(TableClient submissions, string id)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            var row = await submissions.GetEntityIfExistsAsync<TableEntity>(id, "submission");
            if (row.HasValue && row.Value!.GetString("Status") == "routed")
            {
                return row.Value;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"submission {id} was not routed within 60 s");
    }

    private static async Task<T> FirstAsync<T>(AsyncPageable<T> rows)
        where T : notnull
    {
        await foreach (var row in rows)
        {
            return row;
        }

        throw new InvalidOperationException("no row");
    }

    private static async Task<int> CountAsync(TableClient audit, string action)
    {
        var n = 0;
        await foreach (var _ in audit.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Action eq {action}"), select: ["PartitionKey"]))
        {
            n++;
        }

        return n;
    }

    /// <summary>Signs in as <paramref name="login"/> through the app and the provider's login form; returns the session cookie.</summary>
    private static async Task<string> SignInAsync(Uri app, string login)
    {
        var jar = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false, UseCookies = true });
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(app, "/staff"));
        for (var hop = 0; hop < 20; hop++)
        {
            var url = request.RequestUri!;
            using var response = await browser.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, location));
                continue;
            }

            if (LoginForm().Match(body) is { Success: true } form)
            {
                request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, WebUtility.HtmlDecode(form.Groups[1].Value)))
                {
                    Content = new FormUrlEncodedContent([new("login", login), new("password", "any")]),
                };
                continue;
            }

            if (url.Port == app.Port && response.StatusCode == HttpStatusCode.OK && jar.GetCookies(app)["intake-staff"] is { } session)
            {
                return $"intake-staff={session.Value}";
            }

            throw new InvalidOperationException($"the sign-in stopped at {url.AbsolutePath} with {(int)response.StatusCode}");
        }

        throw new InvalidOperationException("more than 20 redirects in the sign-in");
    }

    [GeneratedRegex("<form method=\"post\" action=\"(/interaction/[^\"]+/login)\">")]
    private static partial Regex LoginForm();
}
