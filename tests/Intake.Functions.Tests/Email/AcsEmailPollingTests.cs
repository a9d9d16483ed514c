using System.Net;
using Intake.Functions.Email.Acs;
using Intake.Functions.Tests.Storage;

namespace Intake.Functions.Tests.Email;

/// <summary>WaitForCompletionAsync: where it polls, how often, and when it gives up.</summary>
public sealed class AcsEmailPollingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WaitForCompletion_LocationOnEndpoint_PollsItAsReturnedUntilTerminal()
    {
        var handler = new RecordingHandler()
            .Respond(HttpStatusCode.OK, """{"id":"op-1","status":"Running"}""", ("Retry-After", "0"))
            .Respond(HttpStatusCode.OK, """{"id":"op-1","status":"Succeeded"}""");
        var location = new Uri("https://contoso.communication.azure.com//emails/operations/op-1?api-version=2023-03-31");

        AcsSendResult result = await AcsTestClients.Recording(handler).WaitForCompletionAsync(
            AcsTestClients.Operation("op-1", location), TimeSpan.FromSeconds(30), Ct);

        Assert.Equal(AcsSendStatus.Succeeded, result.Status);
        Assert.Equal(2, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.Equal("//emails/operations/op-1?api-version=2023-03-31", r.PathAndQuery));
    }

    [Fact]
    public async Task WaitForCompletion_LocationOnAnotherHost_PollsTheEndpointById()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.OK, """{"id":"op-1","status":"Succeeded"}""");
        var location = new Uri("https://elsewhere.example.com/emails/operations/op-1?api-version=2023-03-31");

        await AcsTestClients.Recording(handler).WaitForCompletionAsync(AcsTestClients.Operation("op-1", location), TimeSpan.FromSeconds(30), Ct);

        RecordedRequest request = Assert.Single(handler.Requests);
        Assert.Equal("contoso.communication.azure.com", request.Uri.Host);
        Assert.Equal("/emails/operations/op-1?api-version=2023-03-31", request.PathAndQuery);
    }

    [Fact]
    public async Task WaitForCompletion_NoRetryAfter_WaitsOneSecondBetweenPolls()
    {
        var handler = new RecordingHandler()
            .Respond(HttpStatusCode.OK, """{"id":"op-1","status":"Running"}""")
            .Respond(HttpStatusCode.OK, """{"id":"op-1","status":"Failed","error":{"code":"Rejected","message":"m"}}""");
        var operation = new AcsSendOperation("op-1", AcsSendStatus.Running, null, TimeSpan.Zero);
        var started = TimeProvider.System.GetTimestamp();

        AcsSendResult result = await AcsTestClients.Recording(handler).WaitForCompletionAsync(operation, TimeSpan.FromSeconds(30), Ct);

        Assert.Equal(("Rejected", 2), (result.ErrorCode, handler.Requests.Count));
        Assert.InRange(TimeProvider.System.GetElapsedTime(started), TimeSpan.FromMilliseconds(950), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task WaitForCompletion_MaxWaitShorterThanRetryAfter_ReturnsLastStatusWithoutPolling()
    {
        var handler = new RecordingHandler();

        AcsSendResult result = await AcsTestClients.Recording(handler).WaitForCompletionAsync(
            AcsTestClients.Operation("op-1", retryAfterSeconds: 30), TimeSpan.FromSeconds(5), Ct);

        Assert.Equal(new AcsSendResult("op-1", AcsSendStatus.Running, null, null), result);
        Assert.Empty(handler.Requests);
    }
}
