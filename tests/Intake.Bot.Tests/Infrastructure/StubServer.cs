using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Intake.Bot.Tests.Infrastructure;

/// <summary>A real HTTP server (Kestrel) on 127.0.0.1 and a free port that records every request and answers by a rule.</summary>
internal sealed class StubServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<StubRequest> _requests = new();
    private readonly Func<StubRequest, StubReply> _respond;

    private StubServer(WebApplication app, Func<StubRequest, StubReply> respond)
    {
        _app = app;
        _respond = respond;
    }

    /// <summary>Ends in "/", e.g. http://127.0.0.1:5123/.</summary>
    public Uri BaseUri { get; private set; } = null!;

    public IReadOnlyList<StubRequest> Requests => [.. _requests];

    public static async Task<StubServer> StartAsync(Func<StubRequest, StubReply> respond)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear(); // hermetic: no appsettings or ASPNETCORE_ variables
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        WebApplication app = builder.Build();
        var server = new StubServer(app, respond);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseUri = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        string body = await reader.ReadToEndAsync(context.RequestAborted);
        var request = new StubRequest(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body);
        _requests.Enqueue(request);
        StubReply reply = _respond(request);
        context.Response.StatusCode = reply.Status;
        foreach ((string name, string value) in reply.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (reply.Body.Length > 0)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(reply.Body, context.RequestAborted);
        }
    }
}
