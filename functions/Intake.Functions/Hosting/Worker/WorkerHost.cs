using Intake.Functions.RateLimits;
using Intake.Functions.Telemetry;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Azure.Functions.Worker.Builder;

namespace Intake.Functions.Hosting.Worker;

/// <summary>The app as an Azure Functions isolated worker (ASP.NET Core integration), started by the Functions host.</summary>
internal static class WorkerHost
{
    /// <summary>The Functions host starts its worker with the address of its gRPC channel; nothing else does.</summary>
    public static bool IsStartedByFunctionsHost(IReadOnlyList<string> args) =>
        args.Any(a => a is "--functions-uri" or "--functions-worker-id" or "--workerId");

    public static void Run(string[] args)
    {
        // A placeholder worker (Flex Consumption pre-starts workers before a site is assigned) gets its app settings only
        // when it is specialized, so the check would fail there for the wrong reason; the host then reports a missing
        // setting itself, as an indexing error naming the function.
        if (Environment.GetEnvironmentVariable("WEBSITE_PLACEHOLDER_MODE") != "1")
        {
            FunctionSettings.EnsurePresent(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        }

        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<HttpMiddleware>();
        Configure(builder.Services);
        builder.Services.AddIntakeTelemetry(builder.Configuration, underFunctionsHost: true);
        builder.Build().Run();
    }

    /// <summary>The worker's services: the app's own, the integration's forwarded headers narrowed to the scheme, and the
    /// client's address for the rate limits from the header the host sets.</summary>
    public static IServiceCollection Configure(IServiceCollection services)
    {
        services.AddIntake();

        // The integration believes X-Forwarded-* from any address by default. Only the scheme is taken (HTTPS is known
        // behind the front end); X-Forwarded-For and -Host are never applied to the request, so no client address is
        // ever kept with it.
        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedProto);

        // The worker's own connection comes from the Functions host on loopback. The host sets X-Forwarded-For (replacing
        // any value the client sent) to the address it received the request from: the rate limits count by that value,
        // in memory only, unless the operator names another header the platform sets (docs/decisions/0011).
        services.PostConfigure<RateLimitOptions>(o => o.ClientAddressHeader = string.IsNullOrWhiteSpace(o.ClientAddressHeader) ? ClientAddress.ForwardedFor : o.ClientAddressHeader);
        return services;
    }
}
