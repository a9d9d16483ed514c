using Azure.Core;
using Azure.Core.Pipeline;
using Intake.Functions.Email.Acs;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Email;

/// <summary>A fresh <see cref="AcsEmailStub"/> per test, and clients for it.</summary>
public abstract class AcsEmailStubTestBase : IAsyncLifetime
{
    protected AcsEmailStub Stub { get; private set; } = null!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => Stub = await AcsEmailStub.StartAsync(AcsTestClients.Key);

    public async ValueTask DisposeAsync()
    {
        await Stub.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected AcsEmailClient Client() => AcsEmailClient.FromConnectionString(Stub.ConnectionString, AcsTestClients.Options());

    /// <summary>A client whose requests are changed at <paramref name="position"/>, as a bug or a man in the middle would.</summary>
    protected AcsEmailClient Client(HttpPipelinePosition position, Action<HttpMessage> change)
    {
        AcsEmailClientOptions options = AcsTestClients.Options();
        options.AddPolicy(new ChangePolicy(change), position);
        return AcsEmailClient.FromConnectionString(Stub.ConnectionString, options);
    }

    protected static RequestContent Body(string json) => RequestContent.Create(System.Text.Encoding.UTF8.GetBytes(json));

    private sealed class ChangePolicy(Action<HttpMessage> change) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message) => change(message);
    }
}
