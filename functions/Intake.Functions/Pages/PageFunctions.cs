using Intake.Functions.Functions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Intake.Functions.Pages;

/// <summary>
/// The citizen pages as HTTP functions with explicit routes. The Functions host orders routes itself, so no page
/// route may be a catch-all: each matches only the page paths of <see cref="PageRoutes"/> (a test checks every route
/// in functions.metadata against every other), and <c>api/…</c>, <c>static/…</c> and the other functions' paths
/// can never reach a page.
/// </summary>
internal sealed class PageFunctions(StaticAssets assets)
{
    /// <summary>"/" and the Swedish pages, and "/en" (the English start page).</summary>
    public const string SwedishRoute = "{page:regex(^(oro|stod|anhorig|chatt|tillganglighet|en)$)?}";

    /// <summary>The English pages under "/en/".</summary>
    public const string EnglishRoute = "en/{page:regex(^(concern|support|relatives|chat|accessibility)$)}";

    /// <summary>The Swedish self-tests under "/sjalvtest/".</summary>
    public const string SwedishSelfTestRoute = "sjalvtest/{test:regex(^(alkohol|droger|spel)$)}";

    /// <summary>The English self-tests under "/en/self-test/".</summary>
    public const string EnglishSelfTestRoute = "en/self-test/{test:regex(^(alcohol|drugs|gambling)$)}";

    [Function("Pages")]
    public static async Task<IActionResult> PagesAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "post", Route = SwedishRoute)] HttpRequest request, string? page, CancellationToken cancellationToken) =>
        new ResultAction(await PagesEndpoints.HandleAsync("/" + page, request.HttpContext, cancellationToken));

    [Function("PagesEnglish")]
    public static async Task<IActionResult> PagesEnglishAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "post", Route = EnglishRoute)] HttpRequest request, string page, CancellationToken cancellationToken) =>
        new ResultAction(await PagesEndpoints.HandleAsync("/en/" + page, request.HttpContext, cancellationToken));

    [Function("PagesSelfTest")]
    public static async Task<IActionResult> PagesSelfTestAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "post", Route = SwedishSelfTestRoute)] HttpRequest request, string test, CancellationToken cancellationToken) =>
        new ResultAction(await PagesEndpoints.HandleAsync("/sjalvtest/" + test, request.HttpContext, cancellationToken));

    [Function("PagesSelfTestEnglish")]
    public static async Task<IActionResult> PagesSelfTestEnglishAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "post", Route = EnglishSelfTestRoute)] HttpRequest request, string test, CancellationToken cancellationToken) =>
        new ResultAction(await PagesEndpoints.HandleAsync("/en/self-test/" + test, request.HttpContext, cancellationToken));

    [Function("StaticAssets")]
    public IActionResult StaticAsset(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "static/{file}")] HttpRequest request, string file) =>
        new ResultAction(PagesEndpoints.ServeStatic(file, assets, request.HttpContext));
}
