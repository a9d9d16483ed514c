using Azure;
using Azure.Core;
using Intake.Functions.Email.Acs;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Email;

/// <summary>What <see cref="AcsEmailStub"/> turns away, as the service would, and a service that cannot be reached.</summary>
public sealed class AcsEmailStubRejectionTests : AcsEmailStubTestBase
{
    [Theory]
    [InlineData("signature")]
    [InlineData("body")]
    [InlineData("key")]
    public async Task Stub_RequestChangedAfterSigningOrWrongKey_Rejects401(string tampered)
    {
        AcsEmailClient client = tampered switch
        {
            "signature" => Client(HttpPipelinePosition.BeforeTransport, BreakSignature),
            "body" => Client(HttpPipelinePosition.BeforeTransport, m => m.Request.Content = Body(
                """{"senderAddress":"DoNotReply@contoso.com","recipients":{"to":[{"address":"mallory@example.com"}]},"content":{"subject":"Hello","plainText":"Hi"}}""")),
            _ => new AcsEmailClient(Stub.Endpoint, new AzureKeyCredential(Convert.ToBase64String(new byte[32])), AcsTestClients.Options()),
        };

        var ex = await Assert.ThrowsAsync<RequestFailedException>(
            () => client.SendAsync(AcsTestClients.WorkedExample, AcsTestClients.NewIds(), Ct));

        Assert.Equal((401, "Unauthorized"), (ex.Status, ex.ErrorCode));
        Assert.Equal(1, Stub.SendRequests);
        Assert.Empty(Stub.Sent);
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
        Assert.Empty(Stub.Sent);
    }

    [Fact]
    public async Task Send_ServiceUnreachable_ThrowsStatusZeroAfterRetries()
    {
        Uri endpoint = Stub.Endpoint;
        await Stub.DisposeAsync();
        var client = new AcsEmailClient(endpoint, new AzureKeyCredential(AcsTestClients.Key), AcsTestClients.Options());

        var ex = await Assert.ThrowsAsync<RequestFailedException>(
            () => client.SendAsync(AcsTestClients.WorkedExample, AcsTestClients.NewIds(), Ct));

        Assert.Equal(0, ex.Status);
        Assert.DoesNotContain("alice", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static void BreakSignature(HttpMessage message)
    {
        Assert.True(message.Request.Headers.TryGetValue("Authorization", out string? authorization));
        message.Request.Headers.SetValue("Authorization", authorization.Replace("Signature=", "Signature=AA", StringComparison.Ordinal));
    }
}
