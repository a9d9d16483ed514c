using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Intake.Functions.Storage;
using Intake.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Functions.Tests.Hosting;

/// <summary>The platform's probes: liveness asks nothing of storage; readiness says whether storage answers, quickly, and
/// nothing more.</summary>
public sealed class HealthProbeTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Probes_WithAzuriteUp_AreAliveAndReady()
    {
        await using var app = new IntakeApp(new TestStorage(azurite));

        await AssertProbeAsync(app, "/health/live", HttpStatusCode.OK, "alive");
        await AssertProbeAsync(app, "/health/ready", HttpStatusCode.OK, "ready");
    }

    [Fact]
    public async Task Probes_WithStorageOnAClosedPort_AreAliveButUnavailableWithinTheTimeout()
    {
        var port = ClosedPort();
        var storage = new TestStorage(azurite);
        var settings = storage.Settings();
        settings["AzureWebJobsStorage"] = azurite.ConnectionString
            .Replace($":{azurite.TablePort}/", $":{port}/", StringComparison.Ordinal)
            .Replace($":{azurite.QueuePort}/", $":{port}/", StringComparison.Ordinal)
            .Replace($":{azurite.BlobPort}/", $":{port}/", StringComparison.Ordinal);

        // No storage to create tables in at start, and no function to poll it: only the probes are asked.
        await using var app = new IntakeApp(storage, services => services.Remove(services.Single(d => d.ImplementationType == typeof(StorageInitializer))),
            settings.Where(s => s.Key == "AzureWebJobsStorage").ToDictionary()!.Concat(WorkersOff()).ToDictionary());

        await AssertProbeAsync(app, "/health/live", HttpStatusCode.OK, "alive");
        var clock = Stopwatch.StartNew();
        await AssertProbeAsync(app, "/health/ready", HttpStatusCode.ServiceUnavailable, "unavailable");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"readiness took {clock.Elapsed}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await app.Http.GetAsync("/health", Ct)).StatusCode);
    }

    private static IEnumerable<KeyValuePair<string, string?>> WorkersOff() =>
        Functions.FunctionCatalog.All.Where(f => f.Trigger is not Functions.HttpFunctionTrigger)
            .Select(f => new KeyValuePair<string, string?>($"AzureWebJobs.{f.Name}.Disabled", "true"));

    private static async Task AssertProbeAsync(IntakeApp app, string path, HttpStatusCode status, string body)
    {
        using var response = await app.Http.GetAsync(path, Ct);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
