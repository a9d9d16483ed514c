using System.Diagnostics;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Intake.Functions.Email.Acs;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Email;

/// <summary>The client against <see cref="AcsEmailStub"/>: sending, polling, throttling, failures, repeatable requests.</summary>
public sealed class AcsEmailStubTests : IAsyncLifetime
{
    private AcsEmailStub _stub = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _stub = await AcsEmailStub.StartAsync(AcsTestClients.Key);

    public async ValueTask DisposeAsync() => await _stub.DisposeAsync();

    [Fact]
    public async Task SendThenWait_Accepted_PollsRunningThenSucceeded()
    {
        _stub.RetryAfterSeconds = 0;
        AcsSendRequestIds ids = AcsTestClients.NewIds();
        AcsEmailMessage message = AcsTestClients.WorkedExample with
        {
            Html = "<p>Hej</p>",
            Headers = new Dictionary<string, string> { ["ClientCorrelationId"] = "c-1" },
        };

        AcsSendOperation operation = await Client().SendAsync(message, ids, Ct);
        AcsSendResult result = await Client().WaitForCompletionAsync(operation, TimeSpan.FromSeconds(30), Ct);

        Assert.Equal((ids.OperationId.ToString(), AcsSendStatus.Running), (operation.OperationId, operation.Status));
        Assert.Equal(new Uri(_stub.Endpoint, $"emails/operations/{ids.OperationId}?api-version=2023-03-31"), operation.OperationLocation);
        Assert.Equal(AcsSendStatus.Succeeded, result.Status);
        StubEmail email = Assert.Single(_stub.Sent);
        Assert.Equal(["alice@example.com"], email.To);
        Assert.Equal(("Hello", "Hi Alice", "<p>Hej</p>"), (email.Subject, email.PlainText, email.Html));
        Assert.Equal("c-1", email.Headers["ClientCorrelationId"]);
        Assert.Equal(ids.RepeatabilityRequestId.ToString(), email.RepeatabilityRequestId);
    }

    [Fact]
    public async Task Send_Throttled429_WaitsRetryAfterAndDeliversOnce()
    {
        _stub.EnqueueFailure(429, "TooManyRequests", TimeSpan.FromSeconds(1));
        var clock = Stopwatch.StartNew();

        await Client().SendAsync(AcsTestClients.WorkedExample, AcsTestClients.NewIds(), Ct);

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(950), $"Retried after {clock.Elapsed}.");
        Assert.Equal(2, _stub.SendRequests);
        Assert.Single(_stub.Sent);
    }

    [Fact]
    public async Task Send_BadRequest_ThrowsWithErrorCodeAndDeliversNothing()
    {
        _stub.EnqueueFailure(400, "InvalidSenderAddress");

        var ex = await Assert.ThrowsAsync<RequestFailedException>(
            () => Client().SendAsync(AcsTestClients.WorkedExample, AcsTestClients.NewIds(), Ct));

        Assert.Equal((400, "InvalidSenderAddress"), (ex.Status, ex.ErrorCode));
        Assert.Equal(1, _stub.SendRequests);
        Assert.Empty(_stub.Sent);
    }

    [Fact]
    public async Task Send_Unavailable503FourTimes_ThrowsAfterThreeRetries()
    {
        for (int i = 0; i < 4; i++)
        {
            _stub.EnqueueFailure(503, "ServiceUnavailable");
        }

        var ex = await Assert.ThrowsAsync<RequestFailedException>(
            () => Client().SendAsync(AcsTestClients.WorkedExample, AcsTestClients.NewIds(), Ct));

        Assert.Equal((503, "ServiceUnavailable"), (ex.Status, ex.ErrorCode));
        Assert.Equal(4, _stub.SendRequests);
        Assert.Empty(_stub.Sent);
    }

    [Fact]
    public async Task Send_SameIdsTwice_DeliversOneEmailAndAnswersTheSameOperation()
    {
        AcsSendRequestIds ids = AcsTestClients.NewIds();

        AcsSendOperation first = await Client().SendAsync(AcsTestClients.WorkedExample, ids, Ct);
        AcsSendOperation second = await Client().SendAsync(AcsTestClients.WorkedExample, ids, Ct);

        Assert.Equal(first, second);
        Assert.Equal(2, _stub.SendRequests);
        Assert.Single(_stub.Sent);
    }

    [Fact]
    public async Task Send_SameRepeatabilityIdOtherContent_Is400()
    {
        AcsSendRequestIds ids = AcsTestClients.NewIds();
        await Client().SendAsync(AcsTestClients.WorkedExample, ids, Ct);

        var ex = await Assert.ThrowsAsync<RequestFailedException>(
            () => Client().SendAsync(AcsTestClients.WorkedExample with { Subject = "Other" }, ids, Ct));

        Assert.Equal(400, ex.Status);
        Assert.Single(_stub.Sent);
    }

    [Fact]
    public async Task Send_FirstSentOlderThanFiveMinutes_Is412()
    {
        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => Client().SendAsync(
            AcsTestClients.WorkedExample, AcsTestClients.NewIds(DateTimeOffset.UtcNow.AddMinutes(-6)), Ct));

        Assert.Equal(412, ex.Status);
        Assert.Empty(_stub.Sent);
    }

    [Theory]
    [InlineData("signature")]
    [InlineData("body")]
    [InlineData("key")]
    public async Task Stub_RequestChangedAfterSigningOrWrongKey_Rejects401(string tampered)
    {
        AcsEmailClient client = tampered switch
        {
            "signature" => Client(HttpPipelinePosition.BeforeTransport, m => m.Request.Headers.SetValue(
                "Authorization", m.Request.Headers.TryGetValue("Authorization", out string? a) ? a.Replace("Signature=", "Signature=x", StringComparison.Ordinal) : "")),
            "body" => Client(HttpPipelinePosition.BeforeTransport, m => m.Request.Content = Body(
                """{"senderAddress":"DoNotReply@contoso.com","recipients":{"to":[{"address":"mallory@example.com"}]},"content":{"subject":"Hello","plainText":"Hi"}}""")),
            _ => new AcsEmailClient(_stub.Endpoint, new AzureKeyCredential(Convert.ToBase64String(new byte[32])), AcsTestClients.Options()),
        };

        var ex = await Assert.ThrowsAsync<RequestFailedException>(
            () => client.SendAsync(AcsTestClients.WorkedExample, AcsTestClients.NewIds(), Ct));

        Assert.Equal((401, "Unauthorized"), (ex.Status, ex.ErrorCode));
        Assert.Equal(1, _stub.SendRequests);
        Assert.Empty(_stub.Sent);
    }

    [Theory]
    [InlineData("no-content", "BadRequest")]
    [InlineData("no-api-version", "UnsupportedApiVersion")]
    [InlineData("bad-first-sent", "InvalidRepeatabilityHeaders")]
    public async Task Stub_SignedButInvalidRequest_Rejects400(string change, string errorCode)
    {
        AcsEmailClient client = change switch
        {
            // Per call: before the signing policy, so the signature matches what is sent.
            "no-content" => Client(HttpPipelinePosition.PerCall, m => m.Request.Content = Body(
                """{"senderAddress":"DoNotReply@contoso.com","recipients":{"to":[{"address":"a@example.com"}]}}""")),
            "no-api-version" => Client(HttpPipelinePosition.PerCall, m => m.Request.Uri.Query = string.Empty),
            _ => Client(HttpPipelinePosition.PerCall, m => m.Request.Headers.SetValue("Repeatability-First-Sent", "yesterday")),
        };

        var ex = await Assert.ThrowsAsync<RequestFailedException>(
            () => client.SendAsync(AcsTestClients.WorkedExample, AcsTestClients.NewIds(), Ct));

        Assert.Equal((400, errorCode), (ex.Status, ex.ErrorCode));
        Assert.Empty(_stub.Sent);
    }

    private AcsEmailClient Client() => AcsEmailClient.FromConnectionString(_stub.ConnectionString, AcsTestClients.Options());

    /// <summary>A client whose requests are changed at <paramref name="position"/>, as a bug or a man in the middle would.</summary>
    private AcsEmailClient Client(HttpPipelinePosition position, Action<HttpMessage> change)
    {
        AcsEmailClientOptions options = AcsTestClients.Options();
        options.AddPolicy(new ChangePolicy(change), position);
        return AcsEmailClient.FromConnectionString(_stub.ConnectionString, options);
    }

    private static RequestContent Body(string json) => RequestContent.Create(System.Text.Encoding.UTF8.GetBytes(json));

    private sealed class ChangePolicy(Action<HttpMessage> change) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message) => change(message);
    }
}
