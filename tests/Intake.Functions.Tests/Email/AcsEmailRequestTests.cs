using System.Net;
using System.Text.Json;
using Azure;
using Intake.Functions.Email.Acs;
using Intake.Functions.Tests.Storage;

namespace Intake.Functions.Tests.Email;

/// <summary>Exact send requests: URL, idempotency headers, JSON body per the API description, auth, error mapping.</summary>
public sealed class AcsEmailRequestTests
{
    private const string Accepted = """{"id":"3f0e9a8c-7b6d-4c1e-9a2f-5d4c3b2a1f00","status":"Running"}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendEmail_FullMessage_SendsIdempotencyHeadersAndCamelCaseBody()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.Accepted, Accepted,
            ("Operation-Location", "https://contoso.communication.azure.com/emails/operations/3f0e9a8c-7b6d-4c1e-9a2f-5d4c3b2a1f00?api-version=2023-03-31"),
            ("Retry-After", "30"));
        var ids = new AcsSendRequestIds(
            Guid.Parse("3f0e9a8c-7b6d-4c1e-9a2f-5d4c3b2a1f00"), Guid.Parse("a1b2c3d4-0000-4000-8000-000000000001"),
            new DateTimeOffset(2024, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)));
        var message = new AcsEmailMessage(
            "DoNotReply@kommun.se", [new AcsEmailAddress("anna@example.com", "Anna Åström"), new AcsEmailAddress("bo@example.com")],
            "Ärende mottaget", "Hej!", "<p>Hej &amp; välkommen</p>")
        {
            Headers = new Dictionary<string, string> { ["ClientCorrelationId"] = "abc-123" },
        };

        AcsSendOperation operation = await AcsTestClients.Recording(handler).SendAsync(message, ids, Ct);

        RecordedRequest request = Assert.Single(handler.Requests);
        Assert.Equal(("POST", "/emails:send?api-version=2023-03-31"), (request.Method, request.PathAndQuery));
        Assert.Equal("application/json", request.Header("Content-Type"));
        Assert.Equal("3f0e9a8c-7b6d-4c1e-9a2f-5d4c3b2a1f00", request.Header("Operation-Id"));
        Assert.Equal("a1b2c3d4-0000-4000-8000-000000000001", request.Header("Repeatability-Request-ID"));
        Assert.Equal("Mon, 01 Jan 2024 00:00:00 GMT", request.Header("Repeatability-First-Sent"));
        Assert.True(Guid.TryParse(request.Header("x-ms-client-request-id"), out _));
        Assert.Contains("Anna Åström", request.Body, StringComparison.Ordinal);

        using JsonDocument body = JsonDocument.Parse(request.Body);
        JsonElement root = body.RootElement;
        Assert.Equal(["senderAddress", "recipients", "content", "headers", "userEngagementTrackingDisabled"], Names(root));
        Assert.Equal("DoNotReply@kommun.se", root.GetProperty("senderAddress").GetString());
        JsonElement[] to = [.. root.GetProperty("recipients").GetProperty("to").EnumerateArray()];
        Assert.Equal(["to"], Names(root.GetProperty("recipients")));
        Assert.Equal(["address", "displayName"], Names(to[0]));
        Assert.Equal(["address"], Names(to[1]));
        Assert.Equal("Anna Åström", to[0].GetProperty("displayName").GetString());
        Assert.Equal(["subject", "plainText", "html"], Names(root.GetProperty("content")));
        Assert.Equal("<p>Hej &amp; välkommen</p>", root.GetProperty("content").GetProperty("html").GetString());
        Assert.Equal("abc-123", root.GetProperty("headers").GetProperty("ClientCorrelationId").GetString());
        Assert.True(root.GetProperty("userEngagementTrackingDisabled").GetBoolean());

        Assert.Equal("3f0e9a8c-7b6d-4c1e-9a2f-5d4c3b2a1f00", operation.OperationId);
        Assert.Equal(AcsSendStatus.Running, operation.Status);
        Assert.Equal(TimeSpan.FromSeconds(30), operation.RetryAfter);
        Assert.Equal("/emails/operations/3f0e9a8c-7b6d-4c1e-9a2f-5d4c3b2a1f00", operation.OperationLocation?.AbsolutePath);
    }

    [Fact]
    public async Task SendEmail_WithTokenCredential_SendsBearerAndNoHmacHeaders()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.Accepted, Accepted);
        var credential = new FixedTokenCredential();
        var client = new AcsEmailClient(AcsTestClients.Contoso, credential, AcsTestClients.Options(handler));

        await client.SendAsync(AcsTestClients.WorkedExample, AcsTestClients.NewIds(), Ct);

        RecordedRequest request = Assert.Single(handler.Requests);
        Assert.Equal("Bearer token-1", request.Header("Authorization"));
        Assert.False(request.Headers.ContainsKey("x-ms-date"));
        Assert.False(request.Headers.ContainsKey("x-ms-content-sha256"));
        Assert.Equal(["https://communication.azure.com/.default"], credential.Scopes.Distinct());
    }

    [Fact]
    public async Task SendEmail_Conflict409_ThrowsWithoutRetrying()
    {
        var handler = new RecordingHandler().Respond(
            HttpStatusCode.Conflict, """{"error":{"code":"RequestInProgress","message":"x"}}""", ("x-ms-error-code", "RequestInProgress"));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(
            () => AcsTestClients.Recording(handler).SendAsync(AcsTestClients.WorkedExample, AcsTestClients.NewIds(), Ct));

        Assert.Equal((409, "RequestInProgress"), (ex.Status, ex.ErrorCode));
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task SendEmail_ErrorWithCodeOnlyInBody_ThrowsWithThatCodeAndNeverTheBody()
    {
        var handler = new RecordingHandler().Respond(
            HttpStatusCode.BadRequest, """{"error":{"code":"InvalidRecipient","message":"alice@example.com is not allowed"}}""");

        var ex = await Assert.ThrowsAsync<RequestFailedException>(
            () => AcsTestClients.Recording(handler).SendAsync(AcsTestClients.WorkedExample, AcsTestClients.NewIds(), Ct));

        Assert.Equal((400, "InvalidRecipient"), (ex.Status, ex.ErrorCode));
        Assert.Equal("SendEmail failed: status 400, error code InvalidRecipient.", ex.Message);
    }

    [Fact]
    public async Task GetSendResult_Failed_ReturnsErrorCodeAndMessage()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.OK,
            """{"id":"op-1","status":"Failed","error":{"code":"InvalidRecipient","message":"No such mailbox","target":null,"details":[]}}""");

        AcsSendResult result = await AcsTestClients.Recording(handler).GetSendResultAsync("op-1", Ct);

        Assert.Equal(new AcsSendResult("op-1", AcsSendStatus.Failed, "InvalidRecipient", "No such mailbox"), result);
        Assert.True(result.IsTerminal);
    }

    [Fact]
    public async Task GetSendResult_UnknownStatus_ThrowsRequestFailed()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.OK, """{"id":"op-1","status":"Paused"}""");

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => AcsTestClients.Recording(handler).GetSendResultAsync("op-1", Ct));

        Assert.Equal(200, ex.Status);
    }

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
