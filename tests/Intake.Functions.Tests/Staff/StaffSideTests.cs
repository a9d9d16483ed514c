using System.Net;
using Azure;
using Azure.Data.Tables;
using Intake.Functions.Tests.Flow;
using Intake.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intake.Functions.Tests.Staff;

/// <summary>
/// The staff side as a social worker uses it, through the real sign-in (npm oidc-provider) and the real app on
/// Azurite: the notice's link, the inbox, a ticket, claim, note, hand-over, close; what another team, a person with
/// no team, no session or a forged one gets; the audit written before anything is shown, and no data without it.
/// </summary>
public sealed class StaffSideTests(AzuriteFixture azurite)
{
    private const string VuxenId = "7d2f1a3c-5b4e-4c6d-9a01-1e5a0c7b0001";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SocialWorker_FollowsTheNoticeLink_SignsIn_ClaimsNotesHandsOver_AndTheOtherTeamCloses()
    {
        await using var site = await StaffSite.StartAsync(azurite);
        var id = await RoutingReliabilityTests.SubmitAsync(site.App, "support-request", "/api/support-requests");
        Assert.True(await RoutingReliabilityTests.RoutedAsync(site.Storage, id));

        using var vera = site.Browser("vuxen");
        var ticket = await vera.GetAsync($"/staff/tickets/{id}");

        // After the sign-in the link's own ticket, not a start page: the submission as sent, under the questions.
        Assert.Equal((HttpStatusCode.OK, $"/staff/tickets/{id}"), (ticket.Status, ticket.Url.AbsolutePath));
        Assert.Equal(1, vera.SignIns);
        Assert.Contains($"Ärende {id}", ticket.Body, StringComparison.Ordinal);
        Assert.Contains("Jag vill ha hjälp att dricka mindre.", ticket.Body, StringComparison.Ordinal);
        Assert.Contains("Bo Berg", ticket.Body, StringComparison.Ordinal);
        Assert.Contains("Team Vuxen", ticket.Body, StringComparison.Ordinal);
        Assert.Contains("no-store", ticket.Response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);

        var inbox = await vera.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.OK, inbox.Status);
        Assert.Contains($">{id}</a>", inbox.Body, StringComparison.Ordinal);

        var claimed = await vera.PostAsync($"/staff/tickets/{id}/claim", ticket);
        Assert.Equal(HttpStatusCode.OK, claimed.Status);
        Assert.Contains("Ärendet är ditt.", claimed.Body, StringComparison.Ordinal);
        Assert.Contains("Vera Vuxen (test)", claimed.Body, StringComparison.Ordinal);

        var noted = await vera.PostAsync($"/staff/tickets/{id}/note", claimed, ("note", "Ringde kl 9, inget svar. <b>Försöker igen.</b>"));
        Assert.Contains("Ringde kl 9, inget svar. &lt;b&gt;Försöker igen.&lt;/b&gt;", noted.Body, StringComparison.Ordinal);

        var handed = await vera.PostAsync($"/staff/tickets/{id}/handover", noted, ("team", "anhorigstod-nexus"));
        Assert.Equal(HttpStatusCode.OK, handed.Status);
        Assert.Contains("Anhörigstöd Nexus", handed.Body, StringComparison.Ordinal);

        // Gone from Vuxen: not in the inbox, not reachable; on Nexus's queue with its ticket message.
        Assert.DoesNotContain(id, (await vera.GetAsync("/staff")).Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await vera.GetAsync($"/staff/tickets/{id}")).Status);
        var nexusQueue = await site.Storage.MessagesAsync(site.Storage.TeamQueue("anhorigstod-nexus"));
        Assert.Contains(nexusQueue, m => m.Body.ToString().Contains(id, StringComparison.Ordinal));

        using var nils = site.Browser("nexus");
        var nexusInbox = await nils.GetAsync("/staff");
        Assert.Contains($">{id}</a>", nexusInbox.Body, StringComparison.Ordinal);
        Assert.Contains("Ingen", nexusInbox.Body, StringComparison.Ordinal);  // Nobody has it after a hand-over.
        var atNexus = await nils.GetAsync($"/staff/tickets/{id}");
        var closed = await nils.PostAsync($"/staff/tickets/{id}/close", atNexus, ("outcome", "contacted"));
        Assert.Contains("Ärendet är avslutat.", closed.Body, StringComparison.Ordinal);
        Assert.Contains("Kontakt tagen", closed.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Ta ärendet", closed.Body, StringComparison.Ordinal);
        Assert.DoesNotContain($">{id}</a>", (await nils.GetAsync("/staff")).Body, StringComparison.Ordinal);

        // The timeline tells it all, in order.
        var timeline = closed.Body[closed.Body.IndexOf("<ol class=\"timeline\">", StringComparison.Ordinal)..];
        var order = new[] { "Mottaget", "Fördelat till Team Vuxen", "Tilldelat Vera Vuxen (test)", "Anteckning av Vera Vuxen (test)", "Överlämnat till Anhörigstöd Nexus", "Avslutat (Kontakt tagen) av Nils Nexus (test)" }
            .Select(text => timeline.IndexOf(text, StringComparison.Ordinal)).ToArray();
        Assert.All(order, at => Assert.True(at >= 0));
        Assert.Equal(order.Order(), order);

        // Every read and change has its audit record, with who and from which function.
        var audit = await site.Storage.EntitiesAsync(site.Storage.AuditTable);
        var byVera = audit.Where(a => a.GetString("UserId") == VuxenId && a.GetString("TicketId") == id).Select(a => (a.GetString("Action"), a.GetString("Function"))).ToList();
        Assert.Contains(("read", "StaffTicket"), byVera);
        Assert.Contains(("claim", "StaffTicketChange"), byVera);
        Assert.Contains(("note", "StaffTicketChange"), byVera);
        Assert.Contains(("hand-over", "StaffTicketChange"), byVera);
        Assert.Contains(audit, a => a.GetString("UserName") == "Nils Nexus (test)" && a.GetString("Action") == "close" && a.GetString("TicketId") == id);
        Assert.Equal(audit.Count(a => a.GetString("Action") == "read"), ReadsOf(vera, nils));
    }

    [Fact]
    public async Task AnotherTeamsTicket_IsNotFound_ExactlyLikeOneThatDoesNotExist_AndStaysUnchanged()
    {
        await using var site = await StaffSite.StartAsync(azurite);
        var id = await RoutingReliabilityTests.SubmitAsync(site.App, "support-request", "/api/support-requests");
        Assert.True(await RoutingReliabilityTests.RoutedAsync(site.Storage, id));
        var before = await site.Storage.Tables.GetEntityAsync(site.Storage.TicketsTable, id, "ticket", Ct);

        using var bo = site.Browser("barn");
        var inbox = await bo.GetAsync("/staff");
        var theirs = await bo.GetAsync($"/staff/tickets/{id}");
        var none = await bo.GetAsync("/staff/tickets/ABCDEFGHJK");
        var claim = await bo.PostAsync($"/staff/tickets/{id}/claim", inbox);
        var otherInbox = await bo.GetAsync("/staff/team/team-vuxen");

        Assert.Equal(HttpStatusCode.OK, inbox.Status);
        Assert.DoesNotContain(id, inbox.Body, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (theirs.Status, none.Status, claim.Status, otherInbox.Status));
        Assert.Equal(Mask(none.Body, "ABCDEFGHJK"), Mask(theirs.Body, id));
        Assert.DoesNotContain("Bo Berg", theirs.Body + claim.Body + otherInbox.Body, StringComparison.Ordinal);
        var after = await site.Storage.Tables.GetEntityAsync(site.Storage.TicketsTable, id, "ticket", Ct);
        Assert.Equal(before!.ETag, after!.ETag);
        Assert.DoesNotContain(await site.Storage.EntitiesAsync(site.Storage.AuditTable), a => a.GetString("TicketId") == id);
    }

    [Fact]
    public async Task PersonWithNoTeamRole_Gets403_AndSeesNoTicket()
    {
        await using var site = await StaffSite.StartAsync(azurite);
        var id = await RoutingReliabilityTests.SubmitAsync(site.App, "support-request", "/api/support-requests");
        Assert.True(await RoutingReliabilityTests.RoutedAsync(site.Storage, id));

        using var ingvar = site.Browser("ingen");
        var inbox = await ingvar.GetAsync("/staff");
        var ticket = await ingvar.GetAsync($"/staff/tickets/{id}");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (inbox.Status, ticket.Status));
        Assert.Contains("Du har ingen behörighet", inbox.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(id, inbox.Body + ticket.Body.Replace($"/staff/tickets/{id}", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("Bo Berg", ticket.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutASession_AGetGoesToTheSignIn_APostIs401_AndAForgedCookieIsNoSession()
    {
        await using var site = await StaffSite.StartAsync(azurite);
        var id = await RoutingReliabilityTests.SubmitAsync(site.App, "support-request", "/api/support-requests");
        Assert.True(await RoutingReliabilityTests.RoutedAsync(site.Storage, id));

        using var anyone = site.Browser(login: null);
        var get = await anyone.GetAsync($"/staff/tickets/{id}");
        Assert.Equal(site.Provider.Authority.Port, get.Url.Port);  // Stopped at the provider's login form.
        Assert.Contains("name=\"login\"", get.Body, StringComparison.Ordinal);

        var post = await anyone.PostAsync($"/staff/tickets/{id}/claim", null);
        Assert.Equal(HttpStatusCode.Unauthorized, post.Status);

        // A cookie the app did not make, and headers a platform would set: none of it is an identity.
        using var forged = site.Browser(login: null);
        forged.Cookies.Add(forged.App, new Cookie("intake-staff", "CfDJ8" + new string('A', 300)));
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(forged.App, $"/staff/tickets/{id}"));
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL-NAME", "vuxen@kommun.example");
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", Convert.ToBase64String("""{"claims":[{"typ":"roles","val":"Team.Vuxen"}]}"""u8));
        var forgedGet = await forged.SendAsync(request);
        Assert.Equal(site.Provider.Authority.Port, forgedGet.Url.Port);
        Assert.DoesNotContain("Bo Berg", get.Body + post.Body + forgedGet.Body, StringComparison.Ordinal);
        Assert.Empty(await site.Storage.EntitiesAsync(site.Storage.AuditTable));
        Assert.Equal(string.Empty, (await site.Storage.Tables.GetEntityAsync(site.Storage.TicketsTable, id, "ticket", Ct))!.GetString("ClaimedBy"));
    }

    [Fact]
    public async Task Post_WithoutTheFormsCsrfToken_Is400_AndChangesNothing()
    {
        await using var site = await StaffSite.StartAsync(azurite);
        var id = await RoutingReliabilityTests.SubmitAsync(site.App, "support-request", "/api/support-requests");
        Assert.True(await RoutingReliabilityTests.RoutedAsync(site.Storage, id));
        using var vera = site.Browser("vuxen");
        var page = await vera.GetAsync($"/staff/tickets/{id}");

        var none = await vera.PostAsync($"/staff/tickets/{id}/claim", null);
        var wrong = await vera.PostAsync($"/staff/tickets/{id}/close", null, ("outcome", "no-action"), ("__csrf", page.Csrf![..^4] + "AAAA"));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (none.Status, wrong.Status));
        var row = await site.Storage.Tables.GetEntityAsync(site.Storage.TicketsTable, id, "ticket", Ct);
        Assert.Equal(("open", string.Empty), (row!.GetString("Status"), row.GetString("ClaimedBy")));
    }

    [Fact]
    public async Task AuditTableFailing_TheTicketAndTheInboxAnswer503_WithNothingOfTheTicket()
    {
        var failing = false;
        await using var site = await StaffSite.StartAsync(azurite, services: null);
        var id = await RoutingReliabilityTests.SubmitAsync(site.App, "support-request", "/api/support-requests");
        Assert.True(await RoutingReliabilityTests.RoutedAsync(site.Storage, id));
        await site.App.DisposeAsync();

        var port = site.App.Http.BaseAddress!.Port;
        await using var app = new IntakeApp(
            site.Storage,
            IntakeApp.WrapTables(site.Storage, table => table.Name == site.Storage.AuditTable
                ? new FaultyTableClient(table, (inner, entity) => failing ? throw new RequestFailedException(503, "audit down") : inner.AddEntityAsync(entity))
                : table),
            TestStorage.RoutingOnly(site.Provider.Settings()),
            port: port);
        using var vera = new StaffBrowser(app.Http.BaseAddress!, "vuxen");
        var working = await vera.GetAsync($"/staff/tickets/{id}");
        Assert.Contains("Bo Berg", working.Body, StringComparison.Ordinal);

        failing = true;
        var ticket = await vera.GetAsync($"/staff/tickets/{id}");
        var inbox = await vera.GetAsync("/staff");
        var claim = await vera.PostAsync($"/staff/tickets/{id}/claim", working);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable), (ticket.Status, inbox.Status, claim.Status));
        foreach (var body in new[] { ticket.Body, inbox.Body, claim.Body })
        {
            Assert.DoesNotContain("Bo Berg", body, StringComparison.Ordinal);
            Assert.DoesNotContain("dricka mindre", body, StringComparison.Ordinal);
            Assert.DoesNotContain($">{id}<", body, StringComparison.Ordinal);
        }

        Assert.Equal(string.Empty, (await site.Storage.Tables.GetEntityAsync(site.Storage.TicketsTable, id, "ticket", Ct))!.GetString("ClaimedBy"));
    }

    [Fact]
    public async Task Session_EndsWhenIdle_AndAtTheLatestAfterTheAbsoluteLimit_AndAtSignOut()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var site = await StaffSite.StartAsync(azurite, services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        using var vera = site.Browser("vuxen");
        var inbox = await vera.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.OK, inbox.Status);
        var cookie = vera.SessionCookie!;
        Assert.True(cookie.HttpOnly);
        var session = Assert.Single(vera.SetCookieHeaders, h => h.StartsWith("intake-staff=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("samesite=lax", session, StringComparison.Ordinal);
        Assert.Contains("httponly", session, StringComparison.Ordinal);

        // Used every 20 minutes, the app's session lasts (no trip to the provider); 10 hours after the sign-in it ends
        // however it is used, and the next request goes to the provider again (which, its own session still alive,
        // sends the person straight back signed in: single sign-on, as with Entra ID).
        Assert.Equal(1, vera.ProviderVisits);
        for (var minutes = 20; minutes < 600; minutes += 20)
        {
            clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await vera.GetAsync("/staff")).Status);
        }

        Assert.Equal(1, vera.ProviderVisits);
        clock.Advance(TimeSpan.FromMinutes(25));  // 10 h 5 min after the sign-in, 25 minutes after the last use.
        Assert.Equal(HttpStatusCode.OK, (await vera.GetAsync("/staff")).Status);
        Assert.Equal(2, vera.ProviderVisits);

        // Idle for 31 minutes: the app's session has ended.
        clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.OK, (await vera.GetAsync("/staff")).Status);
        Assert.Equal(3, vera.ProviderVisits);
        Assert.Equal(1, vera.SignIns);

        // Sign-out ends the app's session and the provider's: the next visit asks for the login again.
        var page = await vera.GetAsync("/staff");
        var signedOut = await vera.PostAsync("/staff/signout", page);
        Assert.Contains("Du är utloggad", signedOut.Body, StringComparison.Ordinal);
        Assert.Equal((vera.App.Port, "/staff/signed-out"), (signedOut.Url.Port, signedOut.Url.AbsolutePath));  // The app's page, not the provider's.
        Assert.Null(vera.SessionCookie);
        vera.Login = null;
        var again = await vera.GetAsync("/staff");
        Assert.Contains("name=\"login\"", again.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_MadeByOneInstance_IsReadByAnother_TheKeyRingIsInStorage()
    {
        await using var site = await StaffSite.StartAsync(azurite);
        using var vera = site.Browser("vuxen");
        Assert.Equal(HttpStatusCode.OK, (await vera.GetAsync("/staff")).Status);
        var session = vera.SessionCookie!;

        // A second instance of the app on the same storage (as the Functions host scales out, or after a restart).
        await using var second = new IntakeApp(site.Storage, extraSettings: TestStorage.RoutingOnly(site.Provider.Settings()));
        using var same = new StaffBrowser(second.Http.BaseAddress!, login: null);
        same.Cookies.Add(second.Http.BaseAddress!, new Cookie(session.Name, session.Value, "/"));
        var inbox = await same.GetAsync("/staff");

        Assert.Equal((HttpStatusCode.OK, 0), (inbox.Status, same.ProviderVisits));
        Assert.Contains("Vera Vuxen (test)", inbox.Body, StringComparison.Ordinal);
        Assert.NotEmpty(await site.Storage.EntitiesAsync(site.Storage.DataProtectionTable));
    }

    [Fact]
    public async Task TeamLead_DownloadsTheMonthsLogReview_OthersCannot()
    {
        await using var site = await StaffSite.StartAsync(azurite);
        var id = await RoutingReliabilityTests.SubmitAsync(site.App, "support-request", "/api/support-requests");
        Assert.True(await RoutingReliabilityTests.RoutedAsync(site.Storage, id));
        using var vera = site.Browser("vuxen");
        await vera.GetAsync($"/staff/tickets/{id}");

        using var lena = site.Browser("lead");
        var month = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm")).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var report = await lena.GetAsync($"/staff/report.csv?month={month}&team=team-vuxen");
        var notLead = await vera.GetAsync($"/staff/report.csv?month={month}&team=team-vuxen");
        var otherTeam = await lena.GetAsync($"/staff/report.csv?month={month}&team=barn-och-unga");

        Assert.Equal(HttpStatusCode.OK, report.Status);
        Assert.Equal("text/csv", report.Response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"{VuxenId}\";\"Vera Vuxen (test)\";\"team-vuxen\";\"{id}\";\"read\";\"StaffTicket\"", report.Body, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (notLead.Status, otherTeam.Status));
        Assert.DoesNotContain(id, notLead.Body + otherTeam.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALongInbox_IsListedFiftyAPage_OverdueFirst_EveryTicketOnExactlyOnePage()
    {
        await using var site = await StaffSite.StartAsync(azurite);
        var id = await RoutingReliabilityTests.SubmitAsync(site.App, "support-request", "/api/support-requests");
        Assert.True(await RoutingReliabilityTests.RoutedAsync(site.Storage, id));

        // 119 more open tickets in Team Vuxen's inbox (as the routing writes its rows), ten of them overdue.
        var now = DateTimeOffset.UtcNow;
        var overdue = new HashSet<string>();
        for (var n = 1; n <= 119; n++)
        {
            var ticket = $"PAGE{n:D4}";
            var due = n <= 10 ? now.AddHours(-n) : now.AddDays(1).AddMinutes(n);
            if (n <= 10)
            {
                overdue.Add(ticket);
            }

            await site.Storage.Tables.InsertEntityAsync(site.Storage.TeamInboxTable, new TableEntity("team-vuxen", $"{due.UtcTicks:D19}-{ticket}")
            {
                ["TicketId"] = ticket, ["State"] = "open", ["Version"] = 1, ["Kind"] = "support-request", ["Urgent"] = false,
                ["ReceivedAt"] = due.AddDays(-3), ["DueAt"] = due,
            }, Ct);
        }

        using var vera = site.Browser("vuxen");
        var listed = new List<string>();
        var first = await vera.GetAsync("/staff");
        Assert.Contains("<h1>Inkorg: Team Vuxen – sida 1 av 3</h1>", first.Body, StringComparison.Ordinal);
        Assert.Contains("120 öppna ärenden, 10 försenade.", first.Body, StringComparison.Ordinal);
        Assert.Contains("(1–50 av 120)", first.Body, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/staff?page=2\" rel=\"next\">Nästa sida</a>", first.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", first.Body, StringComparison.Ordinal);
        var firstIds = Listed(first.Body);
        Assert.Equal(overdue, firstIds.Take(10).ToHashSet());
        listed.AddRange(firstIds);

        var second = await vera.GetAsync("/staff?page=2");
        Assert.Contains("<a href=\"/staff?page=1\" rel=\"prev\">Föregående sida</a>", second.Body, StringComparison.Ordinal);
        listed.AddRange(Listed(second.Body));
        var last = await vera.GetAsync("/staff/team/team-vuxen?page=3&lang=en");
        Assert.Contains("<h1>Inbox: Team Vuxen – page 3 of 3</h1>", last.Body, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/staff/team/team-vuxen?page=2&amp;lang=en\" rel=\"prev\">Previous page</a>", last.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", last.Body, StringComparison.Ordinal);
        listed.AddRange(Listed(last.Body));

        Assert.Equal((50, 50, 20), (firstIds.Count, listed.Count - 50 - Listed(last.Body).Count, Listed(last.Body).Count));
        Assert.Equal(120, listed.Distinct().Count());
        Assert.Contains(id, listed);

        // A page out of range shows the nearest one; a page that is not a number, the first.
        Assert.Equal(Listed(last.Body), Listed((await vera.GetAsync("/staff?page=99")).Body));
        Assert.Equal(firstIds, Listed((await vera.GetAsync("/staff?page=abc")).Body));
        Assert.Equal(firstIds, Listed((await vera.GetAsync("/staff?page=0")).Body));
    }

    /// <summary>The ticket ids of an inbox page, in the order listed.</summary>
    private static List<string> Listed(string body) =>
        System.Text.RegularExpressions.Regex.Matches(body, "<th scope=\"row\"><a href=\"/staff/tickets/([A-Za-z0-9-]+)").Select(m => m.Groups[1].Value).ToList();

    /// <summary>The ticket pages the browsers were shown.</summary>
    private static int ReadsOf(params StaffBrowser[] browsers) =>
        browsers.Sum(b => b.Requests.Count(r => r.Method == HttpMethod.Get && r.Path.StartsWith("/staff/tickets/", StringComparison.Ordinal) && r.Status == HttpStatusCode.OK));

    /// <summary>The page with the ticket id and the form tokens (new on every page) masked.</summary>
    private static string Mask(string body, string id) =>
        System.Text.RegularExpressions.Regex.Replace(body.Replace(id, "{id}", StringComparison.Ordinal), "name=\"__csrf\" value=\"[^\"]+\"", "name=\"__csrf\" value=\"…\"");
}
