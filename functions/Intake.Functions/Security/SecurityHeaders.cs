using Intake.Functions.Pages;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Security;

/// <summary>
/// Security headers on every response the app gives (pages, static files, API, health, errors, 404s, 405s, 429s), CORS
/// for the configured origins only, HTTPS recognised behind the Functions host or a local proxy, and no Server header.
/// </summary>
internal static class SecurityHeaders
{
    public const string NoStore = "no-store";

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
    {
        services.AddOptions<PagesOptions>().BindConfiguration(PagesOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PagesOptions>, PagesOptionsValidation>();
        services.AddCors();

        // Kestrel writes some answers itself, before any middleware (a request line or headers too long or malformed:
        // 400, 405, 414, 431, 505): it lets the app add nothing to them, only leave out its Server header, as every
        // other answer does too. The platform in front adds the rest (docs/decisions/0011).
        services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);
        return services;
    }

    /// <summary>The standalone host's pipeline: the same as the worker middleware (<see cref="Hosting.Worker.HttpMiddleware"/>) does.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<PagesOptions>>().Value;

        // X-Forwarded-Proto is believed only from loopback (the defaults): a proxy on the same machine.
        // X-Forwarded-For is never read: no address is kept.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedProto });
        app.Use((context, next) =>
        {
            Begin(context, options);
            return next(context);
        });

        if (options.CorsOrigins.Count > 0)
        {
            app.UseCors(cors => cors.WithOrigins([.. options.CorsOrigins]).WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept-Language", Submissions.IdempotencyKey.HeaderName));
        }

        return app;
    }

    /// <summary>Gives the request its CSP nonce (a feature the pages read) and sets the headers when the response starts,
    /// whoever writes it.</summary>
    public static void Begin(HttpContext context, PagesOptions options)
    {
        var frameAncestors = options.FrameAncestors.Count == 0 ? "'none'" : string.Join(' ', options.FrameAncestors);
        var policy = new ContentSecurityPolicy();
        context.Features.Set(policy);
        context.Response.OnStarting(() =>
        {
            Apply(context, policy, frameAncestors);
            return Task.CompletedTask;
        });
    }

    private static void Apply(HttpContext context, ContentSecurityPolicy policy, string frameAncestors)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = policy.Render(frameAncestors);
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        if (frameAncestors == "'none'")
        {
            headers.XFrameOptions = "DENY";
        }

        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = "max-age=31536000";
        }

        // Anything not marked cacheable on purpose (the versioned static files) may carry personal data: never stored.
        if (string.IsNullOrEmpty(headers.CacheControl))
        {
            headers.CacheControl = NoStore;
        }
    }
}
