using Intake.Functions.Errors;
using Intake.Functions.Pages;
using Intake.Functions.RateLimits;
using Intake.Functions.Security;
using Intake.Functions.Storage;
using Intake.Functions.Telemetry;
using Microsoft.AspNetCore.Routing.Constraints;

namespace Intake.Functions.Hosting.Standalone;

/// <summary>
/// The app without a Functions host (a laptop, a container, the tests): the same functions in an ASP.NET Core host.
/// HTTP functions on their routes, queue functions polled with the host's semantics, timers on NCrontab; it creates
/// its tables and queues at start (in Azure, deployment does).
/// </summary>
internal static partial class StandaloneHost
{
    public static WebApplication Build(string[] args)
    {
        // Settings are read from beside the executable, wherever it is started from (a script, a container, a test).
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Services.AddIntake();
        builder.Services.AddIntakeTelemetry(builder.Configuration, underFunctionsHost: false);
        builder.Services.AddHostedService<StorageInitializer>();  // before the workers: the queues exist when they poll
        builder.Services.AddStandaloneWorkers();
        builder.Services.Configure<RouteOptions>(o => o.SetParameterPolicy<RegexInlineRouteConstraint>("regex"));
        builder.Services.AddHostedService<ModeLogger>();

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseIntakeErrorHandling();
        app.UseRateLimits();

        // The staff sign-in's handlers (the OpenID Connect return paths; the session cookie). The staff endpoints
        // authenticate for themselves as well, as they must under the Functions host, where there is no such middleware.
        app.UseAuthentication();
        app.UseStatusCodePages(PagesEndpoints.NotFoundPageAsync);
        app.MapFunctions();
        return app;
    }

    private sealed partial class ModeLogger(ILogger<ModeLogger> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            LogMode(logger, Functions.FunctionCatalog.All.Count);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Standalone host: {FunctionCount} functions; this process serves HTTP, polls the queues and runs the timers.")]
        private static partial void LogMode(ILogger logger, int functionCount);
    }
}
