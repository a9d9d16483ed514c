using Microsoft.Extensions.Options;

namespace Intake.Functions.RateLimits;

internal static class RateLimitExtensions
{
    /// <summary>The limits (section <c>RateLimits</c>, checked at start) and the one gate both hosts ask.</summary>
    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidation>();
        services.AddSingleton<RateLimitLog>();
        services.AddSingleton<RateLimitGate>();
        return services;
    }

    /// <summary>The standalone host's pipeline: the same gate the worker middleware (<see cref="Hosting.Worker.HttpMiddleware"/>)
    /// asks, after routing, so that a request counts against its function's limit.</summary>
    public static WebApplication UseRateLimits(this WebApplication app)
    {
        var gate = app.Services.GetRequiredService<RateLimitGate>();
        app.Use(async (context, next) =>
        {
            if (await gate.AdmitAsync(context, context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName))
            {
                await next(context);
            }
        });
        return app;
    }
}
