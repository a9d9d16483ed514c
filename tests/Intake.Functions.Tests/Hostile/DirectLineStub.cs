using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Intake.Functions.Tests.Hostile;

/// <summary>Direct Line's token generation on loopback: the secret in, a token out; counts the calls.</summary>
internal sealed class DirectLineStub : IAsyncDisposable
{
    private readonly WebApplication app;
    private int calls;

    private DirectLineStub(WebApplication app) => this.app = app;

    public Uri Url => new(app.Urls.First());

    public int Calls => Volatile.Read(ref calls);

    public static async Task<DirectLineStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var stub = new DirectLineStub(builder.Build());
        stub.app.MapPost("/v3/directline/tokens/generate", (HttpContext context) =>
        {
            Interlocked.Increment(ref stub.calls);
            return context.Request.Headers.Authorization.ToString() == "Bearer " + HostileSettings.DirectLineSecret
                ? Results.Json(new { conversationId = "conv-1", token = "conversation-token", expires_in = 1800 })
                : Results.StatusCode(403);
        });
        await stub.app.StartAsync();
        return stub;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
