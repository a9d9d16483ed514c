namespace Intake.Functions.Hosting;

/// <summary>How this process runs. Chosen explicitly at start and logged; never switched silently.</summary>
internal enum HostingMode
{
    /// <summary>The app polls its queues and runs its timers itself (a laptop, a container).</summary>
    Standalone,

    /// <summary>The Azure Functions host starts the app as a custom handler and calls it for every invocation.</summary>
    CustomHandler,
}

internal sealed record HostingInfo(HostingMode Mode, string Reason);

internal static partial class HostingExtensions
{
    public const string CustomHandlerPortSetting = "FUNCTIONS_CUSTOMHANDLER_PORT";

    /// <summary>Under the Functions host (FUNCTIONS_CUSTOMHANDLER_PORT set) listen on loopback at that port and serve
    /// the host's invocations; otherwise run standalone with queue and timer workers in this process.</summary>
    public static HostingInfo AddIntakeHosting(this WebApplicationBuilder builder)
    {
        var port = builder.Configuration[CustomHandlerPortSetting];
        HostingInfo info;
        if (!string.IsNullOrWhiteSpace(port))
        {
            if (!int.TryParse(port, out var portNumber) || portNumber is <= 0 or > 65535)
            {
                throw new InvalidOperationException($"{CustomHandlerPortSetting} must be a TCP port number.");
            }

            builder.WebHost.UseUrls($"http://127.0.0.1:{portNumber}");
            info = new(HostingMode.CustomHandler, $"{CustomHandlerPortSetting} is set; listening on 127.0.0.1:{portNumber} for the Functions host");
        }
        else
        {
            builder.Services.AddStandaloneWorkers();
            info = new(HostingMode.Standalone, $"{CustomHandlerPortSetting} is not set; this process polls the queues and runs the timers");
        }

        builder.Services.AddSingleton(info);
        builder.Services.AddHostedService<HostingModeLogger>();
        return info;
    }

    public static WebApplication MapFunctionHost(this WebApplication app, HostingInfo info)
    {
        if (info.Mode == HostingMode.CustomHandler)
        {
            app.MapCustomHandlerInvocations();
        }

        return app;
    }
}

internal sealed partial class HostingModeLogger(HostingInfo info, ILogger<HostingModeLogger> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogMode(logger, info.Mode, info.Reason);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Hosting mode: {Mode} ({Reason}).")]
    private static partial void LogMode(ILogger logger, HostingMode mode, string reason);
}
