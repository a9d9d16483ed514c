using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>The channel side of the Connector API on loopback (what offline-directline is locally): records every
/// activity the bot sends to <c>/v3/conversations/{id}/activities[/{activityId}]</c>.</summary>
public sealed class ChannelStub : IAsyncDisposable
{
    private readonly WebApplication app;

    private ChannelStub(WebApplication app) => this.app = app;

    public ConcurrentQueue<JsonElement> Received { get; } = new();

    public Uri ServiceUrl => new(app.Urls.First());

    /// <summary>The texts of the message activities received so far.</summary>
    public IReadOnlyList<string> Texts => [.. Received.Where(a => a.GetProperty("type").GetString() == "message").Select(a => a.GetProperty("text").GetString()!)];

    public static async Task<ChannelStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var stub = new ChannelStub(app);
        async Task<IResult> Receive(HttpContext context)
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            stub.Received.Enqueue(body.RootElement.Clone());
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        }

        app.MapPost("/v3/conversations/{conversationId}/activities", (Delegate)Receive);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (Delegate)Receive);
        await app.StartAsync();
        return stub;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
