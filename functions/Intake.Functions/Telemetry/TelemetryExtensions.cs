using System.Diagnostics;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Intake.Bot.Safety;
using Intake.Functions.Health;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Intake.Functions.Telemetry;

/// <summary>
/// OpenTelemetry for both hosts: the app's spans and counts, ASP.NET Core's and HttpClient's (storage, ACS, the bot
/// connector), and the logs, through <see cref="PrivacyProcessor"/> before any exporter. Where it goes is configuration
/// (<see cref="TelemetryExporters"/>): nowhere unless told.
/// </summary>
internal static partial class TelemetryExtensions
{
    public const string ServiceName = "intake";

    public static IServiceCollection AddIntakeTelemetry(this IServiceCollection services, IConfiguration configuration, bool underFunctionsHost)
    {
        var exporters = TelemetryExporters.From(configuration);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(IntakeTelemetry.SourceName)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !HealthEndpoints.IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddProcessor(new PrivacyProcessor()))
            .WithMetrics(metrics => metrics
                .AddMeter(IntakeTelemetry.SourceName, SafetyMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithLogging(_ => { }, o =>
            {
                // Scopes carry the request path (and with it a reference): never exported.
                o.IncludeScopes = false;
                o.IncludeFormattedMessage = true;
            });

        if (underFunctionsHost)
        {
            telemetry.UseFunctionsWorkerDefaults();
        }

        if (exporters.AzureMonitor is { } connectionString)
        {
            telemetry.UseAzureMonitorExporter(o =>
            {
                o.ConnectionString = connectionString;
                o.Credential = exporters.AzureMonitorCredential;

                // Live Metrics streams request samples beside the pipeline above: off.
                o.EnableLiveMetrics = false;
            });
        }

        if (exporters.Otlp)
        {
            telemetry.UseOtlpExporter();
        }

        if (exporters.Console)
        {
            telemetry.WithTracing(tracing => tracing.AddConsoleExporter()).WithMetrics(metrics => metrics.AddConsoleExporter());
        }

        services.AddSingleton(exporters);
        services.AddHostedService<TelemetryLogger>();
        return services;
    }

    private sealed partial class TelemetryLogger(TelemetryExporters exporters, ILogger<TelemetryLogger> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            LogExporters(logger, exporters.Description);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Telemetry (traces, metrics, logs) exported to: {Exporters}.")]
        private static partial void LogExporters(ILogger logger, string exporters);
    }
}

/// <summary>
/// Where telemetry goes, from configuration: Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set
/// (with <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING=ClientId=…;Authorization=AAD</c> it signs in with that managed
/// identity); OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; the console when <c>Telemetry:Console</c> is true
/// (<c>scripts/run.sh</c>). Any of them together; none by default.
/// </summary>
internal sealed record TelemetryExporters(string? AzureMonitor, Azure.Core.TokenCredential? AzureMonitorCredential, bool Otlp, bool Console)
{
    public static TelemetryExporters From(IConfiguration configuration)
    {
        var connectionString = configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        return new(
            string.IsNullOrWhiteSpace(connectionString) ? null : connectionString,
            CredentialFrom(configuration["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]),
            !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]),
            configuration.GetValue<bool>("Telemetry:Console"));
    }

    /// <summary>The exporters in use, for the start-up log line ("none" when there are none).</summary>
    public string Description => string.Join(", ", Names()) is { Length: > 0 } names ? names : "none";

    private List<string> Names()
    {
        var names = new List<string>();
        if (AzureMonitor is not null)
        {
            names.Add(AzureMonitorCredential is null ? "Azure Monitor" : "Azure Monitor (Entra ID)");
        }

        if (Otlp)
        {
            names.Add("OTLP");
        }

        if (Console)
        {
            names.Add("console");
        }

        return names;
    }

    /// <summary><c>Authorization=AAD</c> with <c>ClientId=…</c>: that user-assigned identity; without a client id: the
    /// system-assigned one; anything else: none (the connection string alone).</summary>
    private static ManagedIdentityCredential? CredentialFrom(string? authentication)
    {
        var parts = (authentication ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        if (!parts.TryGetValue("Authorization", out var kind) || !kind.Equals("AAD", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return parts.TryGetValue("ClientId", out var clientId) && !string.IsNullOrWhiteSpace(clientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
    }
}
