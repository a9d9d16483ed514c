using Intake.Functions.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Intake.Functions.Tests.Telemetry;

/// <summary>Where telemetry goes is configuration, nowhere by default; the worker's pipeline builds; outgoing URLs lose
/// their detail.</summary>
public sealed class TelemetryConfigurationTests
{
    private static IConfiguration Config(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    [Fact]
    public void Exporters_WithoutSettings_AreNone() => Assert.Equal("none", TelemetryExporters.From(Config()).Description);

    [Fact]
    public void Exporters_WithTheAppSettingsInfraSets_AreAzureMonitorThroughTheIdentity()
    {
        var exporters = TelemetryExporters.From(Config(
            ("APPLICATIONINSIGHTS_CONNECTION_STRING", "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://example.invalid/"),
            ("APPLICATIONINSIGHTS_AUTHENTICATION_STRING", "ClientId=11111111-1111-1111-1111-111111111111;Authorization=AAD")));

        Assert.Equal("Azure Monitor (Entra ID)", exporters.Description);
        Assert.IsType<Azure.Identity.ManagedIdentityCredential>(exporters.AzureMonitorCredential);
    }

    [Fact]
    public void Exporters_OtlpAndConsole_AreBothUsed() =>
        Assert.Equal("OTLP, console", TelemetryExporters.From(Config(("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4317"), ("Telemetry:Console", "true"))).Description);

    [Fact]
    public void WorkerPipeline_WithTheFunctionsDefaults_Builds()
    {
        var services = new ServiceCollection().AddLogging();
        var configuration = Config();
        services.AddSingleton(configuration);
        services.AddIntakeTelemetry(configuration, underFunctionsHost: true);

        using var provider = services.BuildServiceProvider();

        Assert.NotNull(provider.GetService<TracerProvider>());
        Assert.NotNull(provider.GetService<MeterProvider>());
        Assert.NotNull(provider.GetRequiredService<ILoggerFactory>().CreateLogger("x"));
    }

    [Theory]
    [InlineData("http://127.0.0.1:10002/devstoreaccount1/tsubmissions(PartitionKey='ABC',RowKey='submission')?$select=x", "http://127.0.0.1:10002/devstoreaccount1")]
    [InlineData("https://acct.table.core.windows.net/conversations(PartitionKey='conv-1',RowKey='state')", "https://acct.table.core.windows.net/conversations")]
    [InlineData("https://smba.trafficmanager.net/v3/conversations/a%3Bb/activities/1", "https://smba.trafficmanager.net/v3")]
    [InlineData("https://acs.example/emails:send?api-version=2023-03-31", "https://acs.example/emails:send")]
    [InlineData("not a url", "")]
    public void OutgoingUrl_KeepsSchemeHostAndFirstSegmentOnly(string url, string expected) =>
        Assert.Equal(expected, PrivacyProcessor.WithoutDetail(url));
}
