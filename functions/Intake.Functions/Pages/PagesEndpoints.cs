using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Intake.Bot.SelfTests;
using Intake.Functions.Bot;
using Intake.Functions.Email.Templates;
using Intake.Functions.Security;
using Intake.Functions.Submissions;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Intake.Functions.Pages;

/// <summary>
/// The citizen pages (<see cref="PageRoutes"/>), their static files under <c>/static/</c>, and a page for an address
/// that does not exist. Every page is rendered on the server from the question model; nothing in them is cached.
/// </summary>
internal static class PagesEndpoints
{
    public const string StaticCacheControl = "public, max-age=31536000, immutable";

    public static IServiceCollection AddPages(this IServiceCollection services)
    {
        services.AddSingleton<StaticAssets>();
        return services;
    }

    /// <summary>The page at <paramref name="path"/>: GET and HEAD render it; a form and a self-test also take a plain
    /// POST. Anything else the routes let through (a form's path under the other language's start, a POST to a page)
    /// is 404 or 405.</summary>
    internal static async Task<IResult> HandleAsync(string path, HttpContext context, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var route = PageRoutes.All.SingleOrDefault(r => string.Equals(r.Path, path, StringComparison.Ordinal));
        if (route is null)
        {
            return NotFound(context);
        }

        var page = PageContext.For(route, services);
        if (HttpMethods.IsPost(context.Request.Method))
        {
            return route.Page switch
            {
                PageKind.Form => await FormSubmission.PostAsync(page, context, services.GetRequiredService<SubmissionService>(), cancellationToken),
                PageKind.SelfTest => await SelfTestPost.PostAsync(page, context, services.GetRequiredService<SelfTestLimits>(), cancellationToken),
                _ => TypedResults.StatusCode(StatusCodes.Status405MethodNotAllowed),
            };
        }

        return route.Page switch
        {
            PageKind.Start => Html(context, StartPage.Render(page), StatusCodes.Status200OK),
            PageKind.Accessibility => Html(context, AccessibilityPage.Render(page), StatusCodes.Status200OK),
            PageKind.Chat => Html(context, ChatPage.Render(page, context.Features.GetRequiredFeature<ContentSecurityPolicy>(), services.GetRequiredService<IOptions<ChatOptions>>().Value), StatusCodes.Status200OK),
            PageKind.SelfTest => Html(context, SelfTestPage.Render(page, services.GetRequiredService<SelfTestLimits>(), FormState.Empty), StatusCodes.Status200OK),
            _ => Html(context, FormPage.Render(page, route.Kind!.Value, FormState.Empty), StatusCodes.Status200OK),
        };
    }

    /// <summary>Over a rate limit (429, Retry-After already set): a form post gets its form back with what was typed and
    /// how long to wait; any other page request a page that says how long to wait, in the page's language.</summary>
    internal static async Task<IResult> TooManyRequestsAsync(HttpContext context, int retryAfterSeconds, CancellationToken cancellationToken)
    {
        var path = context.Request.Path.Value is { Length: > 1 } p ? p.TrimEnd('/') : "/";
        var route = PageRoutes.All.SingleOrDefault(r => string.Equals(r.Path, path, StringComparison.Ordinal))
            ?? PageRoutes.Start(context.Request.Path.StartsWithSegments("/en") ? Core.Localization.Language.English : Core.Localization.Language.Swedish);
        var page = PageContext.For(route, context.RequestServices);
        var wait = Localization.WaitTime.Describe(retryAfterSeconds, page.Language);
        return HttpMethods.IsPost(context.Request.Method) && route.Page == PageKind.Form
            ? await FormSubmission.TooManyAsync(page, context, wait, cancellationToken)
            : Html(context, TooManyRequestsPage.Render(page, wait), StatusCodes.Status429TooManyRequests);
    }

    /// <summary>A person who follows a wrong link gets a page with the way back and the emergency box, not a blank.</summary>
    internal static IResult NotFound(HttpContext context)
    {
        var english = context.Request.Path.StartsWithSegments("/en");
        var route = PageRoutes.Start(english ? Core.Localization.Language.English : Core.Localization.Language.Swedish);
        var page = PageContext.For(route, context.RequestServices);
        return Html(context, NotFoundPage.Render(page), StatusCodes.Status404NotFound);
    }

    public static IResult Html(HttpContext context, string html, int status)
    {
        context.Response.Headers.CacheControl = SecurityHeaders.NoStore;
        return TypedResults.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    internal static IResult ServeStatic(string file, StaticAssets assets, HttpContext context)
    {
        if (!assets.TryGet(file, out var asset))
        {
            return TypedResults.NotFound();
        }

        var accepted = StringWithQualityHeaderValue.TryParseList(context.Request.Headers.AcceptEncoding, out var list) ? list : [];
        var (body, encoding) = asset.For([.. accepted]);
        var headers = context.Response.Headers;
        headers.CacheControl = StaticCacheControl;
        headers.Vary = "Accept-Encoding";
        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }

        return TypedResults.Bytes(body, asset.ContentType);
    }

    /// <summary>For the standalone host: an address no route knows gets the 404 page too (under the Functions host,
    /// the host itself answers such an address).</summary>
    internal static async Task NotFoundPageAsync(StatusCodeContext status)
    {
        var context = status.HttpContext;
        if (context.Response.StatusCode != StatusCodes.Status404NotFound || !HttpMethods.IsGet(context.Request.Method)
            || context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/static"))
        {
            return;
        }

        await NotFound(context).ExecuteAsync(context);
    }
}
