using System.Net;
using Azure;
using Azure.Data.Tables;
using Intake.Functions.Tests.Flow;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Staff;

/// <summary>
/// Sign-out holds (found by the isolation sweep): the session's cookie, copied before the sign-out, is no session
/// after it; a person with no team can sign out too; and when whether a session was signed out cannot be read, the
/// answer is 503 with nothing of a ticket.
/// </summary>
public sealed class StaffSignOutTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AfterSignOut_ACopyOfTheSessionCookie_IsNoSession_WhileAnotherSessionOfThePersonGoesOn()
    {
        await using var site = await StaffSite.StartAsync(azurite);
        var id = await RoutingReliabilityTests.SubmitAsync(site.App, "support-request", "/api/support-requests");
        Assert.True(await RoutingReliabilityTests.RoutedAsync(site.Storage, id));

        using var elsewhere = site.Browser("vuxen");  // The same person on another computer.
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync($"/staff/tickets/{id}")).Status);

        using var vera = site.Browser("vuxen");
        var page = await vera.GetAsync($"/staff/tickets/{id}");
        Assert.Contains("Bo Berg", page.Body, StringComparison.Ordinal);
        var cookies = string.Join("; ", vera.Cookies.GetCookies(new Uri(vera.App, "/staff/x")).Select(c => $"{c.Name}={c.Value}"));
        var csrf = page.Csrf!;

        var signedOut = await vera.PostAsync("/staff/signout", page);
        Assert.Contains("Du är utloggad", signedOut.Body, StringComparison.Ordinal);

        using var copy = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = vera.App };
        using var read = new HttpRequestMessage(HttpMethod.Get, $"/staff/tickets/{id}");
        read.Headers.Add("Cookie", cookies);
        using var readAnswer = await copy.SendAsync(read, Ct);
        using var claim = new HttpRequestMessage(HttpMethod.Post, $"/staff/tickets/{id}/claim") { Content = new FormUrlEncodedContent([new("__csrf", csrf)]) };
        claim.Headers.Add("Cookie", cookies);
        using var claimAnswer = await copy.SendAsync(claim, Ct);

        Assert.Equal(HttpStatusCode.Redirect, readAnswer.StatusCode);
        Assert.Equal(site.Provider.Authority.Port, readAnswer.Headers.Location!.Port);
        Assert.Contains(readAnswer.Headers.GetValues("Set-Cookie"), c => c.StartsWith("intake-staff=;", StringComparison.Ordinal));  // Deleted.
        Assert.Equal(HttpStatusCode.Unauthorized, claimAnswer.StatusCode);
        Assert.DoesNotContain("Bo Berg", await readAnswer.Content.ReadAsStringAsync(Ct) + await claimAnswer.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(string.Empty, (await site.Storage.Tables.GetEntityAsync(site.Storage.TicketsTable, id, "ticket", Ct))!.GetString("ClaimedBy"));

        // Only that session ended: the one on the other computer is the person's own to end.
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync($"/staff/tickets/{id}")).Status);
        Assert.Equal(1, elsewhere.ProviderVisits);
    }

    [Fact]
    public async Task PersonWithNoTeam_CanSignOut()
    {
        await using var site = await StaffSite.StartAsync(azurite);
        using var ingvar = site.Browser("ingen");
        var refused = await ingvar.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Contains("action=\"/staff/signout\"", refused.Body, StringComparison.Ordinal);

        var signedOut = await ingvar.PostAsync("/staff/signout", refused);

        Assert.Contains("Du är utloggad", signedOut.Body, StringComparison.Ordinal);
        Assert.Null(ingvar.SessionCookie);
    }

    [Fact]
    public async Task WhetherSignedOut_CannotBeRead_503_WithNothingOfTheTicket()
    {
        var failing = false;
        await using var site = await StaffSite.StartAsync(azurite, services: null);
        var id = await RoutingReliabilityTests.SubmitAsync(site.App, "support-request", "/api/support-requests");
        Assert.True(await RoutingReliabilityTests.RoutedAsync(site.Storage, id));
        await site.App.DisposeAsync();

        await using var app = new IntakeApp(
            site.Storage,
            IntakeApp.WrapTables(site.Storage, table => table.Name == site.Storage.StaffSessionsTable ? new FailingReads(table, () => failing) : table),
            TestStorage.RoutingOnly(site.Provider.Settings()),
            port: site.App.Http.BaseAddress!.Port);
        using var vera = new StaffBrowser(app.Http.BaseAddress!, "vuxen");
        var working = await vera.GetAsync($"/staff/tickets/{id}");
        Assert.Contains("Bo Berg", working.Body, StringComparison.Ordinal);
        var audited = (await site.Storage.EntitiesAsync(site.Storage.AuditTable)).Count;

        failing = true;
        var ticket = await vera.GetAsync($"/staff/tickets/{id}");
        var claim = await vera.PostAsync($"/staff/tickets/{id}/claim", working);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable), (ticket.Status, claim.Status));
        Assert.True(ticket.Response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        foreach (var body in new[] { ticket.Body, claim.Body })
        {
            Assert.DoesNotContain("Bo Berg", body, StringComparison.Ordinal);
            Assert.DoesNotContain($">{id}<", body, StringComparison.Ordinal);
        }

        Assert.Equal(audited, (await site.Storage.EntitiesAsync(site.Storage.AuditTable)).Count);
        Assert.Equal(string.Empty, (await site.Storage.Tables.GetEntityAsync(site.Storage.TicketsTable, id, "ticket", Ct))!.GetString("ClaimedBy"));

        failing = false;  // Back: the same session goes on (it was never signed out).
        Assert.Contains("Bo Berg", (await vera.GetAsync($"/staff/tickets/{id}")).Body, StringComparison.Ordinal);
    }

    private sealed class FailingReads(TableClient inner, Func<bool> failing) : DelegatingTableClient(inner)
    {
        public override Task<Response<T>> GetEntityAsync<T>(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default) =>
            failing() ? throw new RequestFailedException(503, "table down") : base.GetEntityAsync<T>(partitionKey, rowKey, select, cancellationToken);
    }
}
