using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>
/// An in-process stand-in for the ACS Email REST API (the real one cannot run here), on 127.0.0.1 and a free port.
/// It checks the HMAC signature of every request (401), the api-version (400), validates sends like the service,
/// honours repeatable requests, and lets a test inject failures. See specs/acs-email-rest.md §2-§6.
/// </summary>
public sealed class AcsEmailStub : IAsyncDisposable
{
    private const string OperationsPath = "/emails/operations/";
    private static readonly string[] ApiVersions = ["2023-03-31", "2025-09-01"];

    private readonly WebApplication _app;
    private readonly byte[] _key;
    private readonly string _accessKey;
    private readonly AcsStubOperations _operations = new();
    private int _disposed;

    private AcsEmailStub(WebApplication app, string accessKeyBase64)
    {
        _app = app;
        _accessKey = accessKeyBase64;
        _key = Convert.FromBase64String(accessKeyBase64);
    }

    /// <summary>Ends in "/", e.g. http://127.0.0.1:5123/.</summary>
    public Uri Endpoint => _operations.Endpoint;

    public string ConnectionString => $"endpoint={Endpoint};accesskey={_accessKey}";

    /// <summary>Every e-mail the stub accepted (202), in order.</summary>
    public IReadOnlyList<StubEmail> Sent => _operations.Sent;

    /// <summary>Every POST emails:send that reached the stub, whatever it answered (a bad signature included).</summary>
    public int SendRequests => _operations.SendRequests;

    /// <summary>How many status polls of an operation answer Running before it answers Succeeded.</summary>
    public int PollsUntilSucceeded
    {
        get => _operations.PollsUntilSucceeded;
        set => _operations.PollsUntilSucceeded = value;
    }

    /// <summary>Retry-After (seconds) on the 202 and on Running polls; 0 makes polling tests fast.</summary>
    public int RetryAfterSeconds
    {
        get => _operations.RetryAfterSeconds;
        set => _operations.RetryAfterSeconds = value;
    }

    public static async Task<AcsEmailStub> StartAsync(string accessKeyBase64)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        // Hermetic: none of the test output's appsettings or ASPNETCORE_ variables.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        WebApplication app = builder.Build();
        var stub = new AcsEmailStub(app, accessKeyBase64);
        app.Run(stub.HandleAsync);
        await app.StartAsync();
        stub._operations.Endpoint = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return stub;
    }

    /// <summary>The next send answers this (e.g. 429 with Retry-After, 400, 503) instead of being processed.</summary>
    public void EnqueueFailure(int status, string errorCode, TimeSpan? retryAfter = null) =>
        _operations.EnqueueFailure(AcsStubReply.Error(status, errorCode, "Injected by the test.", retryAfter));

    /// <summary>Stops the stub (a test may do so early, to see an unreachable service); a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        await Handle(context.Request, buffer.ToArray()).WriteAsync(context.Response);
    }

    private AcsStubReply Handle(HttpRequest request, byte[] body)
    {
        string path = request.Path.Value ?? string.Empty;
        bool isSend = (request.Method, path) == ("POST", "/emails:send");
        if (isSend)
        {
            _operations.CountSendRequest();
        }

        if (AcsStubSignature.Problem(request, body, _key, DateTimeOffset.UtcNow) is { } problem)
        {
            return AcsStubReply.Error(401, "Unauthorized", problem);
        }

        if (!ApiVersions.Contains(request.Query["api-version"].ToString()))
        {
            return AcsStubReply.Error(400, "UnsupportedApiVersion", "api-version is missing or not supported.");
        }

        return (request.Method, path) switch
        {
            _ when isSend => _operations.Send(request, body),
            ("GET", _) when path.StartsWith(OperationsPath, StringComparison.Ordinal) => _operations.Poll(path[OperationsPath.Length..]),
            _ => AcsStubReply.Error(404, "NotFound", "No such resource."),
        };
    }
}
