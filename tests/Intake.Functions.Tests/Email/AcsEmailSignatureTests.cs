using System.Net;
using Intake.Functions.Email.Acs;
using Intake.Functions.Tests.Storage;

namespace Intake.Functions.Tests.Email;

/// <summary>The HMAC-SHA256 signatures equal the worked examples of specs/acs-email-rest.md §6.2.</summary>
public sealed class AcsEmailSignatureTests
{
    private const string Date = "Mon, 01 Jan 2024 00:00:00 GMT";
    private const string WorkedBody =
        """{"senderAddress":"DoNotReply@contoso.com","recipients":{"to":[{"address":"alice@example.com","displayName":"Alice"}]},"content":{"subject":"Hello","plainText":"Hi Alice"}}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendEmail_WorkedExample_SignsAsSpec()
    {
        var handler = new RecordingHandler().Respond(
            HttpStatusCode.Accepted, """{"id":"3f0e9a8c-7b6d-4c1e-9a2f-5d4c3b2a1f00","status":"Running"}""",
            ("Operation-Location", "https://contoso.communication.azure.com/emails/operations/3f0e9a8c-7b6d-4c1e-9a2f-5d4c3b2a1f00?api-version=2023-03-31"),
            ("Retry-After", "30"));

        await AcsTestClients.Recording(handler).SendAsync(AcsTestClients.WorkedExample, AcsTestClients.NewIds(), Ct);

        RecordedRequest request = Assert.Single(handler.Requests);
        Assert.Equal(("POST", "/emails:send?api-version=2023-03-31"), (request.Method, request.PathAndQuery));
        Assert.Equal(WorkedBody, request.Body);
        Assert.Equal(171, System.Text.Encoding.UTF8.GetByteCount(request.Body));
        Assert.Equal(Date, request.Header("x-ms-date"));
        Assert.Equal("7x+UFNzdy1WCsREOrDr1VDH87R5wPu+cQ4UOwI9LNYM=", request.Header("x-ms-content-sha256"));
        Assert.Equal(
            "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=Wlx6aRggQ1GWftlw97j1ukYUkRdwesrVdhZEdXLRepw=",
            request.Header("Authorization"));
    }

    [Fact]
    public async Task GetSendResult_WorkedExample_SignsEmptyBodyAsSpec()
    {
        var handler = new RecordingHandler().Respond(
            HttpStatusCode.OK, """{"id":"8540c0de-899f-5cce-acb5-3ec493af3800","status":"Succeeded"}""");

        AcsSendResult result = await AcsTestClients.Recording(handler).GetSendResultAsync("8540c0de-899f-5cce-acb5-3ec493af3800", Ct);

        RecordedRequest request = Assert.Single(handler.Requests);
        Assert.Equal(
            ("GET", "/emails/operations/8540c0de-899f-5cce-acb5-3ec493af3800?api-version=2023-03-31"),
            (request.Method, request.PathAndQuery));
        Assert.Equal("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", request.Header("x-ms-content-sha256"));
        Assert.Equal(
            "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=1k4Yjo5h4eB5mcSm4l3N+3AK4DcBOU/Zu5jczxWAC8k=",
            request.Header("Authorization"));
        Assert.Equal(new AcsSendResult("8540c0de-899f-5cce-acb5-3ec493af3800", AcsSendStatus.Succeeded, null, null), result);
    }

    [Fact]
    public async Task SendEmail_RetriedAfter503_RepeatsIdsAndBodyAndSignsAgainWithFreshDate()
    {
        var clock = new SteppingClock(AcsTestClients.FixedDate) { Step = TimeSpan.FromSeconds(1) };
        var handler = new RecordingHandler()
            .Respond(HttpStatusCode.ServiceUnavailable, headers: ("x-ms-error-code", "ServiceUnavailable"))
            .Respond(HttpStatusCode.Accepted, """{"id":"op-1","status":"Running"}""");

        await AcsTestClients.Recording(handler, clock).SendAsync(AcsTestClients.WorkedExample, AcsTestClients.NewIds(), Ct);

        Assert.Equal(2, handler.Requests.Count);
        (RecordedRequest first, RecordedRequest second) = (handler.Requests[0], handler.Requests[1]);
        string[] repeated = ["Operation-Id", "Repeatability-Request-ID", "Repeatability-First-Sent", "x-ms-client-request-id", "x-ms-content-sha256"];
        foreach (string name in repeated)
        {
            Assert.NotEmpty(first.Header(name));
            Assert.Equal(first.Header(name), second.Header(name));
        }

        Assert.Equal(first.Body, second.Body);
        Assert.NotEqual(first.Header("x-ms-date"), second.Header("x-ms-date"));
        Assert.NotEqual(first.Header("Authorization"), second.Header("Authorization"));
    }
}
