using System.Diagnostics;
using Azure;
using Intake.Functions.Email.Acs;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Email;

/// <summary>The client against <see cref="AcsEmailStub"/>: sending, polling, throttling, failures, repeatable requests.</summary>
public sealed class AcsEmailStubTests : AcsEmailStubTestBase
{
    [Fact]
    public async Task SendThenWait_Accepted_PollsRunningThenSucceeded()
    {
        Stub.RetryAfterSeconds = 0;
        AcsSendRequestIds ids = AcsTestClients.NewIds();
        AcsEmailMessage message = AcsTestClients.WorkedExample with
        {
            Html = "<p>Hej</p>",
            Headers = new Dictionary<string, string> { ["ClientCorrelationId"] = "c-1" },
        };

        AcsSendOperation operation = await Client().SendAsync(message, ids, Ct);
        AcsSendResult result = await Client().WaitForCompletionAsync(operation, TimeSpan.FromSeconds(30), Ct);

        Assert.Equal((ids.OperationId.ToString(), AcsSendStatus.Running), (operation.OperationId, operation.Status));
        Assert.Equal(new Uri(Stub.Endpoint, $"emails/operations/{ids.OperationId}?api-version=2023-03-31"), operation.OperationLocation);
        Assert.Equal(AcsSendStatus.Succeeded, result.Status);
        StubEmail email = Assert.Single(Stub.Sent);
        Assert.Equal(["alice@example.com"], email.To);
        Assert.Equal(("Hello", "Hi Alice", "<p>Hej</p>"), (email.Subject, email.PlainText, email.Html));
        Assert.Equal("c-1", email.Headers["ClientCorrelationId"]);
        Assert.Equal(ids.RepeatabilityRequestId.ToString(), email.RepeatabilityRequestId);
    }

    [Fact]
    public async Task Send_Throttled429_WaitsRetryAfterAndDeliversOnce()
    {
        Stub.EnqueueFailure(429, "TooManyRequests", TimeSpan.FromSeconds(1));
        var clock = Stopwatch.StartNew();

        await Client().SendAsync(AcsTestClients.WorkedExample, AcsTestClients.NewIds(), Ct);

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(950), $"Retried after {clock.Elapsed}.");
        Assert.Equal(2, Stub.SendRequests);
        Assert.Single(Stub.Sent);
    }

    [Fact]
    public async Task Send_BadRequest_ThrowsWithErrorCodeAndDeliversNothing()
    {
        Stub.EnqueueFailure(400, "InvalidSenderAddress");

        var ex = await Assert.ThrowsAsync<RequestFailedException>(
            () => Client().SendAsync(AcsTestClients.WorkedExample, AcsTestClients.NewIds(), Ct));

        Assert.Equal((400, "InvalidSenderAddress"), (ex.Status, ex.ErrorCode));
        Assert.Equal(1, Stub.SendRequests);
        Assert.Empty(Stub.Sent);
    }

    [Fact]
    public async Task Send_Unavailable503FourTimes_ThrowsAfterThreeRetries()
    {
        for (int i = 0; i < 4; i++)
        {
            Stub.EnqueueFailure(503, "ServiceUnavailable");
        }

        var ex = await Assert.ThrowsAsync<RequestFailedException>(
            () => Client().SendAsync(AcsTestClients.WorkedExample, AcsTestClients.NewIds(), Ct));

        Assert.Equal((503, "ServiceUnavailable"), (ex.Status, ex.ErrorCode));
        Assert.Equal(4, Stub.SendRequests);
        Assert.Empty(Stub.Sent);
    }

    [Fact]
    public async Task Send_SameIdsTwice_DeliversOneEmailAndAnswersTheSameOperation()
    {
        AcsSendRequestIds ids = AcsTestClients.NewIds();

        AcsSendOperation first = await Client().SendAsync(AcsTestClients.WorkedExample, ids, Ct);
        AcsSendOperation second = await Client().SendAsync(AcsTestClients.WorkedExample, ids, Ct);

        Assert.Equal(first, second);
        Assert.Equal(2, Stub.SendRequests);
        Assert.Single(Stub.Sent);
    }

    [Fact]
    public async Task Send_SameRepeatabilityIdOtherContent_Is400()
    {
        AcsSendRequestIds ids = AcsTestClients.NewIds();
        await Client().SendAsync(AcsTestClients.WorkedExample, ids, Ct);

        var ex = await Assert.ThrowsAsync<RequestFailedException>(
            () => Client().SendAsync(AcsTestClients.WorkedExample with { Subject = "Other" }, ids, Ct));

        Assert.Equal(400, ex.Status);
        Assert.Single(Stub.Sent);
    }

    [Fact]
    public async Task Send_FirstSentOlderThanFiveMinutes_Is412()
    {
        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => Client().SendAsync(
            AcsTestClients.WorkedExample, AcsTestClients.NewIds(DateTimeOffset.UtcNow.AddMinutes(-6)), Ct));

        Assert.Equal(412, ex.Status);
        Assert.Empty(Stub.Sent);
    }
}
