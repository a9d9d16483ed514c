using System.Text.Json;
using Intake.Functions.Hosting.Worker;
using Intake.Functions.Pages;
using Intake.Functions.RateLimits;
using Intake.Functions.Tests.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Tests.RateLimits;

/// <summary>
/// The limits under the Functions host: the worker's middleware with the worker's own services (WorkerHost), each
/// request as the host forwards it, from loopback, with X-Forwarded-For set by the host and whatever the client sent
/// to its left.
/// </summary>
public sealed class WorkerRateLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WorkerMiddleware_OverTheLimit_Answers429BeforeTheFunctionRuns_CountingByWhatTheHostSetNotWhatTheClientSent()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        // The app's own settings file, as the worker has it beside it (the municipality's facts for the 429 text), and
        // a limit of one.
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Infrastructure.Samples.RepoRoot, "functions", "Intake.Functions", "appsettings.json"))
            .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RateLimits:Submissions:PermitLimit"] = "1",
            ["RateLimits:Submissions:Window"] = "01:00:00",
        }).Build());
        WorkerHost.Configure(services);
        await using var provider = services.BuildServiceProvider();
        var middleware = new HttpMiddleware(provider.GetRequiredService<IOptions<PagesOptions>>(), provider.GetRequiredService<RateLimitGate>(), NullLogger<HttpMiddleware>.Instance);
        var ran = new List<string>();

        async Task<HttpContext> SendAsync(string forwardedFor, string name)
        {
            var (http, response) = WorkerFunctionTests.Request(provider, "POST", "/api/concerns", "{}");
            http.Connection.RemoteIpAddress = System.Net.IPAddress.Loopback;  // the host, proxying
            http.Request.Headers["X-Forwarded-For"] = forwardedFor;
            await middleware.Invoke(WorkerFunctionTests.Context(http, "SubmitConcern"), _ =>
            {
                ran.Add(name);
                return Task.CompletedTask;
            });
            await response.StartAsync();
            return http;
        }

        await SendAsync("203.0.113.1, 198.51.100.7", "first");
        var again = await SendAsync("203.0.113.2, 198.51.100.7", "again from the same client, claiming another address");
        await SendAsync("203.0.113.1, 198.51.100.8", "another client, claiming the first one's address");

        Assert.Equal(["first", "another client, claiming the first one's address"], ran);
        Assert.Equal(StatusCodes.Status429TooManyRequests, again.Response.StatusCode);
        Assert.Equal("3600", again.Response.Headers.RetryAfter.ToString());
        WorkerFunctionTests.AssertSecurityHeaders(again);
        using var problem = JsonDocument.Parse(WorkerFunctionTests.Body(again));
        Assert.Equal("För många förfrågningar från din uppkoppling.", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        _ = Ct;
    }
}
