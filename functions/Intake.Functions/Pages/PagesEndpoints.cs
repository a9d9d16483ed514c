using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
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

    public static WebApplication MapPages(this WebApplication app)
    {
        app.UseStatusCodePages(NotFoundPageAsync);
        // HEAD as well as GET: link checkers and uptime probes ask for headers only (Kestrel sends no body for HEAD).
        foreach (var route in PageRoutes.All)
        {
            switch (route.Page)
            {
                case PageKind.Start:
                    app.MapMethods(route.Path, PageMethods, (HttpContext context, StaticAssets assets, IOptions<ContactOptions> contact) =>
                        Html(context, StartPage.Render(new(route, assets, contact.Value)), StatusCodes.Status200OK)).ExcludeFromDescription();
                    break;
                case PageKind.Accessibility:
                    app.MapMethods(route.Path, PageMethods, (HttpContext context, StaticAssets assets, IOptions<ContactOptions> contact) =>
                        Html(context, AccessibilityPage.Render(new(route, assets, contact.Value)), StatusCodes.Status200OK)).ExcludeFromDescription();
                    break;
                case PageKind.Chat:
                    app.MapMethods(route.Path, PageMethods, (HttpContext context, StaticAssets assets, IOptions<ContactOptions> contact, IOptions<ChatOptions> chat) =>
                        Html(context, ChatPage.Render(new(route, assets, contact.Value), context.Features.GetRequiredFeature<ContentSecurityPolicy>(), chat.Value), StatusCodes.Status200OK))
                        .ExcludeFromDescription();
                    break;
                default:
                    app.MapMethods(route.Path, PageMethods, (HttpContext context, StaticAssets assets, IOptions<ContactOptions> contact) =>
                        Html(context, FormPage.Render(new(route, assets, contact.Value), route.Kind!.Value, FormState.Empty), StatusCodes.Status200OK)).ExcludeFromDescription();
                    app.MapPost(route.Path, (HttpContext context, StaticAssets assets, IOptions<ContactOptions> contact, SubmissionService service, CancellationToken cancellationToken) =>
                        FormSubmission.PostAsync(new(route, assets, contact.Value), context, service, cancellationToken)).ExcludeFromDescription();
                    break;
            }
        }

        app.MapMethods("/static/{file}", [HttpMethods.Get, HttpMethods.Head], ServeStatic).ExcludeFromDescription();
        return app;
    }

    private static readonly string[] PageMethods = [HttpMethods.Get, HttpMethods.Head];

    public static IResult Html(HttpContext context, string html, int status)
    {
        context.Response.Headers.CacheControl = SecurityHeaders.NoStore;
        return TypedResults.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    private static IResult ServeStatic(string file, StaticAssets assets, HttpContext context)
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

    /// <summary>A person who follows a wrong link gets a page with the way back and the emergency box, not a blank.</summary>
    private static async Task NotFoundPageAsync(StatusCodeContext status)
    {
        var context = status.HttpContext;
        if (context.Response.StatusCode != StatusCodes.Status404NotFound || !HttpMethods.IsGet(context.Request.Method)
            || context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/static"))
        {
            return;
        }

        var english = context.Request.Path.StartsWithSegments("/en");
        var route = PageRoutes.Start(english ? Core.Localization.Language.English : Core.Localization.Language.Swedish);
        var page = new PageContext(route, context.RequestServices.GetRequiredService<StaticAssets>(), context.RequestServices.GetRequiredService<IOptions<ContactOptions>>().Value);
        await Html(context, NotFoundPage.Render(page), StatusCodes.Status404NotFound).ExecuteAsync(context);
    }
}
