using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Azure;
using Intake.Functions.Staff;
using Intake.Functions.Tests.Flow;
using Intake.Functions.Tests.Infrastructure;
using Intake.Functions.Tickets;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intake.Functions.Tests.Staff;

/// <summary>
/// Issue 12's team isolation sweep: every staff route × real tickets of all four teams (made through the API and
/// routing, each with its own reporter, free text and a note by its team) × every kind of caller who may not see
/// them: users of the other teams (signed in once each through the real provider, their cookies and CSRF tokens then
/// reused), the user with no team, no cookie, sessions expired by idleness and by the absolute limit (a test clock),
/// forged cookies, forged or genuine ID tokens in headers, platform identity headers, and other-team users who add
/// such headers to their own session. Nothing of a ticket the caller may not see in any answer (status, body,
/// Location, Set-Cookie), a foreign ticket answered exactly like one that does not exist, and afterwards: no ticket
/// changed (ETag), no timeline entry, no inbox row changed and no audit record for any of them.
/// </summary>
public sealed partial class StaffIsolationTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const int TicketsPerTeam = 3;
    private const int Parallel = 16;

    private static readonly Dictionary<string, string> Owners = new()
    {
        ["team-vuxen"] = "vuxen",
        ["barn-och-unga"] = "barn",
        ["anhorigstod-nexus"] = "nexus",
        ["anhorigstod-fjarilen"] = "fjarilen",
    };

    private static readonly Dictionary<string, string> RoleOf = new()
    {
        ["team-vuxen"] = "Team.Vuxen",
        ["barn-och-unga"] = "Team.BarnOchUnga",
        ["anhorigstod-nexus"] = "Team.Nexus",
        ["anhorigstod-fjarilen"] = "Team.Fjarilen",
    };

    private static readonly string[] TeamAccounts = ["vuxen", "barn", "nexus", "fjarilen", "lead"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryStaffRoute_EveryCallerWhoMayNotSeeATicket_GetsNothingOfIt_AndChangesNothing()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        var inFlight = new InFlightRequests();
        await using var site = await StaffSite.StartAsync(azurite, services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
            inFlight.AddTo(services);
        }, new Dictionary<string, string?>
        {
            // Thousands of refused forms and lookups of ids that do not exist: their warnings would bury the figures.
            ["Logging:LogLevel:Microsoft.AspNetCore.Antiforgery"] = "Error",
            ["Logging:LogLevel:Azure.Core"] = "Error",
        });
        var app = site.App.Http.BaseAddress!;

        // ---- Real tickets for all four teams, through the API and routing, each with secrets of its own. ----
        var tickets = await CreateTicketsAsync(site, TicketsPerTeam);

        // Two more that changed team before the sweep (their first team is now "another team" too), and one closed.
        var moved = await CreateTicketsAsync(site, 1, "anhorigstod-nexus", "barn-och-unga");
        var closed = tickets.Where(t => t.Team == "team-vuxen").ElementAt(1);

        // Each team works its own tickets first: a note with a text of its own on every one, and claims on some.
        foreach (var (team, login) in Owners)
        {
            using var owner = site.Browser(login);
            var mine = tickets.Where(t => t.Team == team).ToList();
            for (var i = 0; i < mine.Count; i++)
            {
                var page = await owner.GetAsync($"/staff/tickets/{mine[i].Id}");
                Assert.Equal(HttpStatusCode.OK, page.Status);
                var noted = await owner.PostAsync($"/staff/tickets/{mine[i].Id}/note", page, ("note", mine[i].Note));
                Assert.Contains(mine[i].Note, noted.Body, StringComparison.Ordinal);
                if (i % 2 == 0)
                {
                    Assert.Contains("Ärendet är ditt.", (await owner.PostAsync($"/staff/tickets/{mine[i].Id}/claim", noted)).Body, StringComparison.Ordinal);
                }
                else if (mine[i] == closed)
                {
                    Assert.Contains("Ärendet är avslutat.", (await owner.PostAsync($"/staff/tickets/{mine[i].Id}/close", noted, ("outcome", "referred"))).Body, StringComparison.Ordinal);
                }
            }

            foreach (var ticket in moved.Where(t => t.Team == team))
            {
                var page = await owner.GetAsync($"/staff/tickets/{ticket.Id}");
                var noted = await owner.PostAsync($"/staff/tickets/{ticket.Id}/note", page, ("note", ticket.Note));
                var to = team == "anhorigstod-nexus" ? "barn-och-unga" : "anhorigstod-fjarilen";
                Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync($"/staff/tickets/{ticket.Id}/handover", noted, ("team", to))).Status);
                Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/staff/tickets/{ticket.Id}")).Status);
                tickets.Add(ticket with { Team = to, From = team });
            }
        }

        Assert.Equal([3, 4, 3, 4], Owners.Keys.Select(team => tickets.Count(t => t.Team == team)));

        // ---- Sessions that have ended: signed in, then the clock moves on. ----
        // Absolute limit: signed in now and used every 20 minutes (never idle) until 10 h 5 min after the sign-in.
        // Idle limit: signed in at 9 h 20 min and not used for 45 minutes.
        var absolute = new Dictionary<string, StaffBrowser>();
        var idle = new Dictionary<string, StaffBrowser>();
        var absoluteSessions = new Dictionary<string, Session>();
        var idleSessions = new Dictionary<string, Session>();
        async Task<Session> UseAsync(StaffBrowser browser)
        {
            var page = await browser.GetAsync("/staff");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            return SessionOf(browser, page.Csrf);
        }

        foreach (var login in TeamAccounts)
        {
            absolute[login] = site.Browser(login);
            absoluteSessions[login] = await UseAsync(absolute[login]);
        }

        for (var minutes = 20; minutes < 600; minutes += 20)
        {
            clock.Advance(TimeSpan.FromMinutes(20));
            foreach (var login in TeamAccounts)
            {
                absoluteSessions[login] = await UseAsync(absolute[login]);
            }

            if (minutes == 560)
            {
                foreach (var login in TeamAccounts)
                {
                    idle[login] = site.Browser(login);
                    idleSessions[login] = await UseAsync(idle[login]);
                }
            }
        }

        clock.Advance(TimeSpan.FromMinutes(25));  // 10 h 5 min after the first sign-ins.

        // ---- The callers with a live session: one sign-in each through the real provider. ----
        var live = new Dictionary<string, Session>();
        var browsers = new List<StaffBrowser>();
        foreach (var login in TeamAccounts.Append("ingen"))
        {
            var browser = site.Browser(login);
            browsers.Add(browser);
            var page = await browser.GetAsync("/staff");
            Assert.Equal(login == "ingen" ? HttpStatusCode.Forbidden : HttpStatusCode.OK, page.Status);
            live[login] = SessionOf(browser, page.Csrf);
        }

        // Sessions that were signed out: the cookies as they were before the sign-out, sent again after it.
        var signedOut = new Dictionary<string, Session>();
        var setupFailures = new List<string>();
        foreach (var login in TeamAccounts.Append("ingen"))
        {
            using var browser = site.Browser(login);
            var page = await browser.GetAsync("/staff");
            signedOut[login] = SessionOf(browser, page.Csrf);
            var done = await browser.PostAsync("/staff/signout", page);
            if (!done.Body.Contains("Du är utloggad", StringComparison.Ordinal) || browser.SessionCookie is not null)
            {
                setupFailures.Add($"{login} could not sign out: {(int)done.Status} at {done.Url.AbsolutePath}");
            }
        }

        using var raw = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = Parallel }) { BaseAddress = app };

        // Controls: the same raw requests the sweep sends do work for the ticket's own team (the cookies, the CSRF
        // token and the secrets' detection are right), and the ended sessions really have ended.
        foreach (var (team, login) in Owners)
        {
            var own = tickets.First(t => t.Team == team);
            var session = live[login];
            var read = await SendAsync(raw, new Probe(Caller.Control, "control-read", true, HttpMethod.Get, $"/staff/tickets/{own.Id}", null, own, own.Id, session.Credentials()));
            Assert.Equal(HttpStatusCode.OK, read.Status);
            Assert.All(own.Secrets.Append(own.Note), secret => Assert.Contains(WebUtility.HtmlEncode(secret), read.Body, StringComparison.Ordinal));
            var note = await SendAsync(raw, new Probe(Caller.Control, "control-note", true, HttpMethod.Post, $"/staff/tickets/{own.Id}/note", [new("note", "Kontroll"), new("__csrf", session.Csrf!)], own, own.Id, session.Credentials()));
            Assert.Equal((HttpStatusCode.Redirect, $"/staff/tickets/{own.Id}?done=noted"), (note.Status, note.Location));
        }

        foreach (var session in absoluteSessions.Values.Concat(idleSessions.Values))
        {
            var ended = await SendAsync(raw, new Probe(Caller.Control, "control-ended", false, HttpMethod.Get, "/staff", null, null, string.Empty, session.Credentials()));
            Assert.True(ended.Status == HttpStatusCode.Redirect && ended.Location!.StartsWith(site.Provider.Authority.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal), $"an ended session got {(int)ended.Status}");
        }

        // ---- Forged cookies: made from the ticket's own team's live session. ----
        var dataProtection = site.App.Services.GetRequiredService<IDataProtectionProvider>();
        var appFormat = new TicketDataFormat(dataProtection.CreateProtector(CookiePurpose, StaffAuthentication.CookieScheme, "v2"));
        var otherSchemeFormat = new TicketDataFormat(dataProtection.CreateProtector(CookiePurpose, "Cookies", "v2"));
        var otherAppFormat = new TicketDataFormat(new EphemeralDataProtectionProvider().CreateProtector(CookiePurpose, StaffAuthentication.CookieScheme, "v2"));
        var cookieForgeries = new Dictionary<string, Dictionary<string, string>>();
        foreach (var (team, login) in Owners)
        {
            var session = live[login];
            var real = appFormat.Unprotect(session.Cookie) ?? throw new InvalidOperationException("The live session cookie does not read back.");

            // Control: the same ticket under the app's own key is a session (so what differs below is only the forgery).
            var control = await SendAsync(raw, new Probe(Caller.Control, "control-cookie", false, HttpMethod.Get, "/staff", null, null, string.Empty, new Credentials($"intake-staff={appFormat.Protect(real)}", null, [])));
            Assert.Equal(HttpStatusCode.OK, control.Status);

            var value = session.Cookie;
            var flipped = value.ToCharArray();
            flipped[value.Length / 2] = flipped[value.Length / 2] == 'A' ? 'B' : 'A';
            cookieForgeries[team] = new Dictionary<string, string>
            {
                ["random"] = $"intake-staff={Base64Url(RandomNumberGenerator.GetBytes(300))}",
                ["random-dp-shaped"] = $"intake-staff=CfDJ8{Base64Url(RandomNumberGenerator.GetBytes(400))}",
                ["truncated"] = $"intake-staff={value[..^12]}",
                ["bit-flipped"] = $"intake-staff={new string(flipped)}",
                ["other-app-key"] = $"intake-staff={otherAppFormat.Protect(real)}",
                ["other-scheme-same-key"] = $"intake-staff={otherSchemeFormat.Protect(real)}",
                ["antiforgery-cookie-as-session"] = $"intake-staff={session.Antiforgery}",
                ["chunked-garbage"] = $"intake-staff=chunks-2; intake-staffC1={value[..(value.Length / 2)]}; intake-staffC2={Base64Url(RandomNumberGenerator.GetBytes(200))}",
                ["empty"] = "intake-staff=",
                ["session-under-other-name"] = $"__Host-intake-staff={value}; .AspNetCore.Cookies={value}; .AspNetCore.Staff={value}",
            };
        }

        // ---- ID tokens of the ticket's own team: genuine ones from the provider, and what can be forged from them. ----
        using var otherKey = RSA.Create(2048);
        var tokenForgeries = new Dictionary<string, IReadOnlyList<(string Kind, string Token)>>();
        foreach (var (team, login) in Owners)
        {
            tokenForgeries[team] = ProviderTokens.Forgeries(await ProviderTokens.IdTokenAsync(site.Provider, app, login), otherKey);
        }

        // ---- The callers. ----
        var callers = new List<Caller>();
        var none = new HashSet<string>();
        foreach (var login in TeamAccounts)
        {
            var session = live[login];
            var teams = TeamsOf(login);
            var otherCsrf = live[login == "vuxen" ? "barn" : "vuxen"].Csrf;
            callers.Add(new Caller("other-team user", login, teams, SignedIn: true, teams.First(), _ => session.Credentials(), otherCsrf));

            // The same session with another identity claimed beside it, for the ticket's own team.
            callers.Add(new Caller("other-team user + forged header", $"{login}+x-ms-client-principal", teams, SignedIn: true, teams.First(),
                team => session.Credentials(PlatformPrincipal(team)), otherCsrf));
            callers.Add(new Caller("other-team user + forged header", $"{login}+bearer-genuine", teams, SignedIn: true, teams.First(),
                team => session.Credentials([("Authorization", "Bearer " + tokenForgeries[team][0].Token)]), otherCsrf));
        }

        callers.Add(new Caller("no-team user", "ingen", none, SignedIn: true, "team-vuxen", _ => live["ingen"].Credentials(), live["vuxen"].Csrf));
        callers.Add(new Caller("no cookie", "anonymous", none, SignedIn: false, "team-vuxen", _ => new Credentials(null, null, []), null));
        foreach (var login in TeamAccounts)
        {
            callers.Add(new Caller("expired: idle", $"idle-{login}", none, SignedIn: false, TeamsOf(login).First(), _ => idleSessions[login].Credentials(), null));
            callers.Add(new Caller("expired: absolute", $"absolute-{login}", none, SignedIn: false, TeamsOf(login).First(), _ => absoluteSessions[login].Credentials(), null));
        }

        foreach (var login in signedOut.Keys)
        {
            callers.Add(new Caller("signed out", $"signed-out-{login}", none, SignedIn: false, TeamsOf(login).FirstOrDefault() ?? "team-vuxen", _ => signedOut[login].Credentials(), null));
        }

        foreach (var kind in cookieForgeries["team-vuxen"].Keys)
        {
            callers.Add(new Caller("forged cookie", $"cookie-{kind}", none, SignedIn: false, "team-vuxen", team =>
            {
                var owner = live[Owners[team]];
                return new Credentials($"{cookieForgeries[team][kind]}; intake-staff-af={owner.Antiforgery}", owner.Csrf, []);
            }, null));
        }

        foreach (var kind in tokenForgeries["team-vuxen"].Select(f => f.Kind))
        {
            foreach (var header in new[] { "Authorization", "X-MS-TOKEN-AAD-ID-TOKEN" })
            {
                callers.Add(new Caller("forged token", $"{header}-{kind}", none, SignedIn: false, "team-vuxen", team =>
                {
                    var token = tokenForgeries[team].Single(f => f.Kind == kind).Token;
                    var owner = live[Owners[team]];
                    return new Credentials($"intake-staff-af={owner.Antiforgery}", owner.Csrf, [(header, header == "Authorization" ? "Bearer " + token : token)]);
                }, null));
            }
        }

        foreach (var (kind, headers) in new (string, Func<string, (string, string)[]>)[]
        {
            ("x-ms-client-principal", PlatformPrincipal),
            ("x-ms-client-principal-id-name", team => [("X-MS-CLIENT-PRINCIPAL-ID", OidOf(Owners[team])), ("X-MS-CLIENT-PRINCIPAL-NAME", $"{Owners[team]}@kommun.example"), ("X-MS-CLIENT-PRINCIPAL-IDP", "aad")]),
            ("forwarded-user", team => [("X-Forwarded-User", $"{Owners[team]}@kommun.example"), ("X-Remote-User", Owners[team]), ("Remote-User", Owners[team]), ("X-Auth-Request-User", Owners[team]), ("X-Auth-Request-Groups", RoleOf[team]), ("X-Roles", RoleOf[team])]),
            ("url-override", team => [("X-Original-URL", "/health"), ("X-Rewrite-URL", "/health"), ("X-HTTP-Method-Override", "GET"), ("X-Forwarded-Prefix", "/api")]),
        })
        {
            callers.Add(new Caller("platform header", kind, none, SignedIn: false, "team-vuxen", team =>
            {
                var owner = live[Owners[team]];
                return new Credentials($"intake-staff-af={owner.Antiforgery}", owner.Csrf, headers(team));
            }, null));
        }

        // ---- The requests: every staff route × every ticket the caller may not see (and two that do not exist). ----
        var month = Intake.Functions.Staff.AuditLog.MonthOf(clock.GetUtcNow());
        var ghosts = new[] { new SweptTicket("QQQQRRRRSSSS", "team-vuxen", [], "-"), new SweptTicket("HJKLMNPQRSTU", "barn-och-unga", [], "-") };
        var probes = new List<Probe>();
        foreach (var caller in callers)
        {
            foreach (var ticket in tickets.Where(t => !caller.MaySee.Contains(t.Team)))
            {
                var credentials = caller.For(ticket.Team);
                probes.AddRange(TicketProbes(caller, ticket, ticket.Id, credentials));
                probes.AddRange(OtherProbes(caller, ticket, credentials, month));
            }

            foreach (var ghost in ghosts)
            {
                probes.AddRange(TicketProbes(caller, null, ghost.Id, caller.For("team-vuxen")));
            }
        }

        probes.AddRange(SignInReturnProbes(tickets, tokenForgeries, await InjectedCodesAsync(site, app)));

        Assert.True(probes.Count >= 10_000, $"{probes.Count} requests");
        Assert.All(TicketRoutes.Concat(OtherRoutes), template => Assert.Contains(probes, p => p.Template == template));

        // ---- What the foreign tickets are before. ----
        var before = await SnapshotAsync(site.Storage, tickets);

        // ---- The sweep. ----
        var shuffled = probes.OrderBy(_ => Random.Shared.Next()).ToList();
        var results = new ConcurrentBag<Result>();
        var stopwatch = Stopwatch.StartNew();
        await System.Threading.Tasks.Parallel.ForEachAsync(shuffled, new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = Ct }, async (probe, _) =>
            results.Add(await SendAsync(raw, probe)));
        stopwatch.Stop();
        Assert.True(await inFlight.IdleAsync(TimeSpan.FromSeconds(60)), "The app did not finish every request it started.");

        // ---- Every answer. ----
        var authority = site.Provider.Authority.GetLeftPart(UriPartial.Authority);
        var failures = new List<string>(setupFailures);
        foreach (var result in results)
        {
            failures.AddRange(Problems(result, tickets, authority).Select(p => $"{result.Probe}: {p}"));
        }

        failures.AddRange(LikeNonexistent(results));

        // ---- And the tickets: unchanged, no timeline entry, no inbox change, no audit record (listed first). ----
        var after = await SnapshotAsync(site.Storage, tickets);
        var stored = new List<string>();
        foreach (var ticket in tickets)
        {
            var (b, a) = (before[ticket.Id], after[ticket.Id]);
            if (b.TicketETag != a.TicketETag)
            {
                stored.Add($"ticket {ticket.Id} ({ticket.Team}) changed: ETag {b.TicketETag} → {a.TicketETag}");
            }

            if (b.InboxETag != a.InboxETag)
            {
                stored.Add($"the inbox row of {ticket.Id} ({ticket.Team}) changed");
            }

            if (!b.Events.SetEquals(a.Events))
            {
                stored.Add($"ticket {ticket.Id} ({ticket.Team}) got {a.Events.Count - b.Events.Count} timeline entries");
            }

            if (!b.Audit.SetEquals(a.Audit))
            {
                stored.Add($"ticket {ticket.Id} ({ticket.Team}) got {a.Audit.Count - b.Audit.Count} audit records");
            }
        }

        failures.InsertRange(0, stored);
        output.WriteLine(Summary(results, stopwatch.Elapsed, tickets.Count, callers.Count, failures.Count));
        if (failures.Count > 0)
        {
            output.WriteLine($"Failures ({failures.Count}):");
            foreach (var failure in failures.Take(500))
            {
                output.WriteLine("  " + failure);
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {results.Count} answers broke isolation:\n" + string.Join("\n", failures.Take(60)));
        foreach (var browser in absolute.Values.Concat(idle.Values).Concat(browsers))
        {
            browser.Dispose();
        }
    }

    private const string CookiePurpose = "Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware";

    private static readonly string[] TicketRoutes =
        ["get", "get-en", "head", "get-done", "get-reference", "get-lowercase", "claim", "note", "handover", "close", "claim-other-csrf", "put", "get-change"];

    private static readonly string[] OtherRoutes = ["team", "team-head-en", "report-csv", "report-csv-own-team", "inbox", "report", "signout"];

    /// <summary>The requests about one ticket (<paramref name="ticket"/> null: an id that does not exist).</summary>
    private static IEnumerable<Probe> TicketProbes(Caller caller, SweptTicket? ticket, string id, Credentials c)
    {
        var path = $"/staff/tickets/{id}";
        var csrf = c.Csrf ?? Base64Url(RandomNumberGenerator.GetBytes(64));
        Probe P(string template, HttpMethod method, string url, params (string, string)[] form) =>
            new(caller, template, true, method, url, form.Length == 0 && method != HttpMethod.Post ? null : [.. form.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))], ticket, id, c);

        yield return P("get", HttpMethod.Get, path);
        yield return P("get-en", HttpMethod.Get, path + "?lang=en");
        yield return P("head", HttpMethod.Head, path);
        yield return P("get-done", HttpMethod.Get, path + "?done=claimed");
        yield return P("get-reference", HttpMethod.Get, $"/staff/tickets/{id[..4]}-{id[4..8]}-{id[8..]}");
        yield return P("get-lowercase", HttpMethod.Get, $"/staff/tickets/{id.ToLowerInvariant()}");
        yield return P("claim", HttpMethod.Post, path + "/claim", ("__csrf", csrf));
        yield return P("note", HttpMethod.Post, path + "/note", ("__csrf", csrf), ("note", "Försöker läsa ett annat teams ärende"));
        yield return P("handover", HttpMethod.Post, path + "/handover", ("__csrf", csrf), ("team", caller.HandOverTo));
        yield return P("close", HttpMethod.Post, path + "/close", ("__csrf", csrf), ("outcome", "no-action"));
        yield return P("claim-other-csrf", HttpMethod.Post, path + "/claim", ("__csrf", caller.OtherCsrf ?? csrf));
        yield return P("put", HttpMethod.Put, path + "/claim", ("__csrf", csrf));
        yield return P("get-change", HttpMethod.Get, path + "/close?outcome=no-action");
    }

    /// <summary>The routes without a ticket in them, aimed at the ticket's team where they take one.</summary>
    private static IEnumerable<Probe> OtherProbes(Caller caller, SweptTicket ticket, Credentials c, string month)
    {
        Probe P(string template, HttpMethod method, string url, params (string, string)[] form) =>
            new(caller, template, false, method, url, method == HttpMethod.Post ? [.. form.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))] : null, ticket, ticket.Id, c);

        yield return P("team", HttpMethod.Get, $"/staff/team/{ticket.Team}");
        yield return P("team-head-en", HttpMethod.Head, $"/staff/team/{ticket.Team}?lang=en");
        yield return P("report-csv", HttpMethod.Get, $"/staff/report.csv?month={month}&team={ticket.Team}");
        yield return P("report-csv-own-team", HttpMethod.Get, $"/staff/report.csv?month={month}&team={caller.HandOverTo}");
        yield return P("inbox", HttpMethod.Get, "/staff");
        yield return P("report", HttpMethod.Get, "/staff/report");

        // A live session signs out only with its own token: here another user's, so that the sessions stay for the rest.
        yield return P("signout", HttpMethod.Post, "/staff/signout", ("__csrf", caller.SignedIn ? caller.OtherCsrf ?? string.Empty : c.Csrf ?? string.Empty));
    }

    /// <summary>
    /// The sign-in's return path, forged: a made-up code or state, a genuine ID token pushed in, and a genuine code
    /// of the ticket's team's account (issued for the app's client and redirect URI) injected into a sign-in the
    /// app really started (its state and correlation cookie): PKCE must refuse it. No session may come out of any.
    /// </summary>
    private static IEnumerable<Probe> SignInReturnProbes(IReadOnlyList<SweptTicket> tickets, Dictionary<string, IReadOnlyList<(string Kind, string Token)>> tokens, IReadOnlyList<InjectedCode> injected)
    {
        var caller = new Caller("forged sign-in return", "signin-oidc", new HashSet<string>(), SignedIn: false, "team-vuxen", _ => new Credentials(null, null, []), null);
        foreach (var ticket in tickets)
        {
            var genuine = tokens[ticket.Team][0].Token;
            var none = new Credentials(null, null, []);
            Probe P(string template, HttpMethod method, string url, Credentials c, params (string, string)[] form) =>
                new(caller, template, false, method, url, method == HttpMethod.Post ? [.. form.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))] : null, ticket, ticket.Id, c);

            yield return P("signin-return", HttpMethod.Get, $"/staff/signin-oidc?code={Base64Url(RandomNumberGenerator.GetBytes(32))}&state={Base64Url(RandomNumberGenerator.GetBytes(64))}", none);
            yield return P("signin-return", HttpMethod.Get, $"/staff/signin-oidc?id_token={genuine}&state={Base64Url(RandomNumberGenerator.GetBytes(64))}", none);
            yield return P("signin-return", HttpMethod.Post, "/staff/signin-oidc", none, ("id_token", genuine), ("state", Base64Url(RandomNumberGenerator.GetBytes(64))));
            yield return P("signin-return", HttpMethod.Get, "/staff/signin-oidc?error=access_denied", none);
        }

        foreach (var code in injected)
        {
            yield return new(caller, "signin-return-injected-code", false, HttpMethod.Get, code.Path, null, null, string.Empty, new Credentials(code.Cookies, null, []));
        }
    }

    private sealed record InjectedCode(string Path, string Cookies);

    /// <summary>For each team's account: a genuine code (the test's own PKCE verifier) in a sign-in the app started.</summary>
    private static async Task<IReadOnlyList<InjectedCode>> InjectedCodesAsync(StaffSite site, Uri app)
    {
        var injected = new List<InjectedCode>();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app };
        foreach (var login in Owners.Values)
        {
            using var challenge = await http.GetAsync("/staff", Ct);
            Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
            var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(challenge.Headers.Location!.Query);
            var cookies = string.Join("; ", challenge.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
            var code = await ProviderTokens.CodeAsync(site.Provider, app, login, query["nonce"].ToString());
            injected.Add(new InjectedCode($"/staff/signin-oidc?code={Uri.EscapeDataString(code.Code)}&state={Uri.EscapeDataString(query["state"].ToString())}&iss={Uri.EscapeDataString(code.Issuer)}", cookies));
        }

        return injected;
    }

    private static async Task<Result> SendAsync(HttpClient http, Probe probe)
    {
        using var request = new HttpRequestMessage(probe.Method, probe.Path);
        if (probe.Form is not null)
        {
            request.Content = new FormUrlEncodedContent(probe.Form);
        }

        if (probe.Credentials.Cookie is { Length: > 0 } cookie)
        {
            request.Headers.TryAddWithoutValidation("Cookie", cookie);
        }

        foreach (var (name, value) in probe.Credentials.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await http.SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        var setCookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        return new Result(probe, response.StatusCode, body, response.Headers.Location?.OriginalString, setCookies);
    }

    /// <summary>What is wrong with one answer (nothing, when it reveals nothing).</summary>
    private static IEnumerable<string> Problems(Result result, IReadOnlyList<SweptTicket> tickets, string provider)
    {
        var probe = result.Probe;
        var status = (int)result.Status;
        var mayBeOk = probe.Caller.SignedIn && probe.Caller.MaySee.Count > 0 && !probe.TicketRoute && !probe.Template.StartsWith("signin", StringComparison.Ordinal);
        switch (status)
        {
            case >= 200 and < 300 when !mayBeOk:
                yield return $"{status}: a success for a caller who may not see the ticket";
                break;
            case 302 when probe.Template.StartsWith("signin", StringComparison.Ordinal):
                if (result.Location != "/staff/signin-failed")
                {
                    yield return $"302 to {result.Location}, not to the sign-in failure page";
                }

                break;
            case 302:
                if (result.Location is null || !result.Location.StartsWith(provider + "/", StringComparison.Ordinal))
                {
                    yield return $"302 to {result.Location}, not to the identity provider";
                }

                break;
            case >= 200 and < 300 or 400 or 401 or 403 or 404 or 405 or 503:
                break;
            default:
                yield return $"status {status}";
                break;
        }

        // Nothing of a ticket the caller may not see: in the body, the redirect or a cookie. The requested id may come
        // back only as the request's own path (a link to sign in again), never as the ticket's.
        var seen = result.Body.Replace(probe.Path, string.Empty, StringComparison.Ordinal);
        var headers = (result.Location ?? string.Empty) + "\n" + string.Join("\n", result.SetCookies);
        foreach (var ticket in tickets.Where(t => !probe.Caller.MaySee.Contains(t.Team)))
        {
            foreach (var form in new[] { ticket.Id, ticket.Reference, ticket.Id.ToLowerInvariant() })
            {
                if (seen.Contains(form, StringComparison.Ordinal) || headers.Contains(form, StringComparison.Ordinal))
                {
                    yield return $"the answer names ticket {ticket.Id} of {ticket.Team}";
                }
            }

            foreach (var secret in ticket.Secrets.Append(ticket.Note))
            {
                if (result.Body.Contains(secret, StringComparison.Ordinal) || result.Body.Contains(WebUtility.HtmlEncode(secret), StringComparison.Ordinal) || headers.Contains(secret, StringComparison.Ordinal))
                {
                    yield return $"the answer holds \"{secret}\" of ticket {ticket.Id} of {ticket.Team}";
                }
            }
        }

        // No session for a caller who had none.
        if (!probe.Caller.SignedIn && result.SetCookies.Any(c => Regex.IsMatch(c, "^(__Host-)?intake-staff(C[0-9]+)?=[^;]+", RegexOptions.IgnoreCase)))
        {
            yield return "a session cookie was set for a caller without a session";
        }
    }

    /// <summary>A foreign ticket is answered exactly as an id that does not exist (status and page, ids and tokens masked).</summary>
    private static IEnumerable<string> LikeNonexistent(IEnumerable<Result> results)
    {
        foreach (var group in results.Where(r => r.Probe.TicketRoute).GroupBy(r => (r.Probe.Caller.Name, r.Probe.Template)))
        {
            var ghost = group.Where(r => r.Probe.Ticket is null).OrderBy(r => r.Probe.Id, StringComparer.Ordinal).First();
            var expected = ((int)ghost.Status, Masked(ghost));
            foreach (var real in group.Where(r => r.Probe.Ticket is not null))
            {
                var actual = ((int)real.Status, Masked(real));
                if (actual.Item1 != expected.Item1)
                {
                    yield return $"{real.Probe}: {actual.Item1}, but {expected.Item1} for a ticket that does not exist";
                }
                else if (actual.Item2 != expected.Item2)
                {
                    yield return $"{real.Probe}: {actual.Item1} with another page than for a ticket that does not exist";
                }
            }
        }
    }

    private static string Masked(Result result)
    {
        var id = result.Probe.Id;
        var body = result.Body
            .Replace($"{id[..4]}-{id[4..8]}-{id[8..]}", "{ref}", StringComparison.Ordinal)
            .Replace(id, "{id}", StringComparison.Ordinal)
            .Replace(id.ToLowerInvariant(), "{id}", StringComparison.Ordinal);
        return CsrfValue().Replace(body, "name=\"__csrf\" value=\"…\"");
    }

    private static string Summary(IReadOnlyCollection<Result> results, TimeSpan elapsed, int tickets, int callers, int failures)
    {
        static string Histogram(IEnumerable<Result> of) =>
            string.Join(", ", of.GroupBy(r => (int)r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"));

        var text = new StringBuilder();
        text.AppendLine(CultureInfo($"Team isolation sweep: {results.Count} requests in {elapsed.TotalSeconds:F1} s ({results.Count / elapsed.TotalSeconds:F0}/s, {Parallel} at a time), {tickets} real tickets ({TicketsPerTeam} per team, one closed, and 2 handed over to another team) and 2 ids that do not exist, {callers} callers."));
        text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  Statuses: {Histogram(results)}");
        text.AppendLine("  Per caller kind (requests: statuses):");
        foreach (var kind in results.GroupBy(r => r.Probe.Caller.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"    {kind.Key,-32} {kind.Count(),6}: {Histogram(kind)}");
        }

        text.AppendLine("  Per route (requests: statuses):");
        foreach (var route in results.GroupBy(r => r.Probe.Template).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"    {route.Key,-32} {route.Count(),6}: {Histogram(route)}");
        }

        text.AppendLine(CultureInfo($"  2xx answers: {results.Count(r => (int)r.Status is >= 200 and < 300)} (allowed only to a live session of a team, for its own inbox, report page or own team's CSV)."));
        text.Append(CultureInfo($"  Answers or stored rows that broke isolation: {failures}."));
        return text.ToString();
    }

    private static string CultureInfo(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // ---- Setting up ------------------------------------------------------------------------------------------------

    /// <summary><paramref name="count"/> tickets for each of <paramref name="teams"/> (all four if none), through the API and routing.</summary>
    private static async Task<List<SweptTicket>> CreateTicketsAsync(StaffSite site, int count, params string[] teams)
    {
        var samples = new (string Sample, string Route, string Team)[]
        {
            ("support-request", "/api/support-requests", "team-vuxen"),
            ("concern-child", "/api/concerns", "barn-och-unga"),
            ("relative-support", "/api/relative-support-requests", "anhorigstod-nexus"),
            ("relative-support-children", "/api/relative-support-requests", "anhorigstod-fjarilen"),
        };
        var made = new List<(string Id, string Team, string[] Secrets)>();
        foreach (var (sample, route, team) in samples.Where(s => teams.Length == 0 || teams.Contains(s.Team)))
        {
            for (var i = 0; i < count; i++)
            {
                var body = JsonNode.Parse(Samples.Read(sample))!.AsObject();
                var secrets = new List<string>();
                string Secret(string value)
                {
                    secrets.Add(value);
                    return value;
                }

                var person = $"{Word()} {Word()}";
                var text = $"Hemlig fritext {Guid.NewGuid():N} om {Word()}.";
                foreach (var field in new[] { "name", "reporterName" })
                {
                    if (body.ContainsKey(field))
                    {
                        body[field] = Secret(person);
                    }
                }

                body[body.ContainsKey("description") ? "description" : "message"] = Secret(text);
                if (body.ContainsKey("email"))
                {
                    body["email"] = Secret($"{Word().ToLowerInvariant()}.{Guid.NewGuid().ToString("N")[..8]}@example.se");
                }

                if (body.ContainsKey("reporterOrganisation"))
                {
                    body["reporterOrganisation"] = Secret($"{Word()}skolan");
                }

                var response = await site.App.Http.SendAsync(Samples.Post(route, Samples.Json(body.ToJsonString())), Ct);
                Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
                using var receipt = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
                made.Add((receipt.RootElement.GetProperty("reference").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal), team, [.. secrets]));
            }
        }

        var tickets = new List<SweptTicket>();
        foreach (var (id, team, secrets) in made)
        {
            Assert.True(await RoutingReliabilityTests.RoutedAsync(site.Storage, id), $"submission {id} was not routed");
            var row = await site.Storage.Tables.GetEntityAsync(site.Storage.TicketsTable, id, TicketRecord.RowKey, Ct);
            Assert.Equal(team, row!.GetString("Team"));
            tickets.Add(new SweptTicket(id, team, secrets, $"Anteckning {Guid.NewGuid():N} av teamet"));
        }

        return tickets;
    }

    /// <summary>A made-up name part: letters only, long enough never to occur by chance.</summary>
    private static string Word()
    {
        const string letters = "bcdfghjklmnprstvxz";
        var chars = RandomNumberGenerator.GetItems<char>(letters, 9);
        chars[0] = char.ToUpperInvariant(chars[0]);
        chars[2] = 'a';
        chars[5] = 'e';
        return new string(chars);
    }

    private static async Task<Dictionary<string, TicketState>> SnapshotAsync(TestStorage storage, IReadOnlyList<SweptTicket> tickets)
    {
        var audit = await storage.EntitiesAsync(storage.AuditTable);
        var events = await storage.EntitiesAsync(storage.TicketEventsTable);
        var states = new Dictionary<string, TicketState>();
        foreach (var ticket in tickets)
        {
            var row = await storage.Tables.GetEntityAsync(storage.TicketsTable, ticket.Id, TicketRecord.RowKey, Ct);
            var record = TicketRecord.FromEntity(row!);
            var inbox = await storage.Tables.GetEntityAsync(storage.TeamInboxTable, record.Team, TeamInbox.RowKeyOf(record), Ct);
            states[ticket.Id] = new TicketState(
                row!.ETag,
                inbox?.ETag,
                [.. events.Where(e => e.PartitionKey == ticket.Id).Select(e => e.RowKey)],
                [.. audit.Where(a => a.GetString("TicketId") == ticket.Id).Select(a => a.RowKey)]);
        }

        return states;
    }

    private static Session SessionOf(StaffBrowser browser, string? csrf)
    {
        var cookies = browser.Cookies.GetCookies(new Uri(browser.App, "/staff/tickets/x"));
        return new Session(
            cookies["intake-staff"]?.Value ?? throw new InvalidOperationException("No session cookie."),
            cookies["intake-staff-af"]?.Value ?? string.Empty,
            csrf);
    }

    private static HashSet<string> TeamsOf(string login) => login switch
    {
        "vuxen" or "lead" => ["team-vuxen"],
        "barn" => ["barn-och-unga"],
        "nexus" => ["anhorigstod-nexus"],
        "fjarilen" => ["anhorigstod-fjarilen"],
        _ => [],
    };

    private static string OidOf(string login) => login switch
    {
        "vuxen" => "7d2f1a3c-5b4e-4c6d-9a01-1e5a0c7b0001",
        "barn" => "7d2f1a3c-5b4e-4c6d-9a01-1e5a0c7b0002",
        "nexus" => "7d2f1a3c-5b4e-4c6d-9a01-1e5a0c7b0003",
        _ => "7d2f1a3c-5b4e-4c6d-9a01-1e5a0c7b0004",
    };

    /// <summary>What Easy Auth would inject for the ticket's team's user (and a team lead role on top).</summary>
    private static (string, string)[] PlatformPrincipal(string team)
    {
        var login = Owners[team];
        var principal = new JsonObject
        {
            ["auth_typ"] = "aad",
            ["name_typ"] = "name",
            ["role_typ"] = "roles",
            ["claims"] = new JsonArray(
                new JsonObject { ["typ"] = "oid", ["val"] = OidOf(login) },
                new JsonObject { ["typ"] = "sub", ["val"] = OidOf(login) },
                new JsonObject { ["typ"] = "name", ["val"] = login },
                new JsonObject { ["typ"] = "roles", ["val"] = RoleOf[team] },
                new JsonObject { ["typ"] = "roles", ["val"] = "Team.Lead" }),
        };
        return
        [
            ("X-MS-CLIENT-PRINCIPAL", Convert.ToBase64String(Encoding.UTF8.GetBytes(principal.ToJsonString()))),
            ("X-MS-CLIENT-PRINCIPAL-ID", OidOf(login)),
            ("X-MS-CLIENT-PRINCIPAL-NAME", $"{login}@kommun.example"),
            ("X-MS-CLIENT-PRINCIPAL-IDP", "aad"),
        ];
    }

    private static string Base64Url(byte[] bytes) => Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(bytes);

    [GeneratedRegex("name=\"__csrf\" value=\"[^\"]*\"")]
    private static partial Regex CsrfValue();

    /// <param name="From">The team it was handed over from, if it was.</param>
    private sealed record SweptTicket(string Id, string Team, string[] Secrets, string Note, string? From = null)
    {
        public string Reference => $"{Id[..4]}-{Id[4..8]}-{Id[8..]}";
    }

    private sealed record TicketState(ETag TicketETag, ETag? InboxETag, HashSet<string> Events, HashSet<string> Audit);

    /// <summary>A session as a browser holds it: the session cookie, the anti-forgery cookie, a page's CSRF token.</summary>
    private sealed record Session(string Cookie, string Antiforgery, string? Csrf)
    {
        public Credentials Credentials(params (string, string)[] headers) => new($"intake-staff={Cookie}; intake-staff-af={Antiforgery}", Csrf, headers);
    }

    /// <summary>What a request carries: its Cookie header, the CSRF token its forms send, other headers.</summary>
    private sealed record Credentials(string? Cookie, string? Csrf, IReadOnlyList<(string Name, string Value)> Headers);

    /// <param name="Kind">The caller kind the figures are given by.</param>
    /// <param name="MaySee">The teams whose tickets this caller may see (none unless a live session with a team).</param>
    /// <param name="SignedIn">A live session (the only callers who may get a 2xx, and only for their own team).</param>
    /// <param name="HandOverTo">Where a hand-over would take the ticket (the caller's own team: a pull).</param>
    /// <param name="For">The credentials sent with a request about a ticket of the given team.</param>
    /// <param name="OtherCsrf">Another live user's CSRF token.</param>
    private sealed record Caller(string Kind, string Name, IReadOnlySet<string> MaySee, bool SignedIn, string HandOverTo, Func<string, Credentials> For, string? OtherCsrf)
    {
        public static readonly Caller Control = new("control", "control", new HashSet<string>(), true, "team-vuxen", _ => new Credentials(null, null, []), null);
    }

    private sealed record Probe(Caller Caller, string Template, bool TicketRoute, HttpMethod Method, string Path, IReadOnlyList<KeyValuePair<string, string>>? Form, SweptTicket? Ticket, string Id, Credentials Credentials)
    {
        public override string ToString() => $"{Caller.Kind} {Caller.Name}: {Method} {Path}{(Ticket is null ? string.Empty : $" (ticket of {Ticket.Team})")}";
    }

    private sealed record Result(Probe Probe, HttpStatusCode Status, string Body, string? Location, IReadOnlyList<string> SetCookies);
}
