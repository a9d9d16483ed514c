using Intake.Functions.Functions;
using Intake.Functions.Json;
using Intake.Functions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Intake.Functions.Health;

internal sealed record HealthResponse(string Status, string Tables, string Queues);

/// <summary>
/// The platform's probes. <c>GET /health/live</c>: the process answers (no dependency is asked, so a storage outage
/// never gets a healthy instance restarted). <c>GET /health/ready</c>: the tables and queues answer within a short
/// time; 200 <c>ready</c> or 503 <c>unavailable</c>, nothing more. <c>GET /health</c> (and <c>/api/health</c>): the
/// same storage check with a longer wait, saying which of the two is unreachable, for people and older monitors.
/// </summary>
internal sealed class HealthFunctions(IntakeTables tables, IntakeQueues queues)
{
    [Function("Health")]
    public async Task<IActionResult> HealthAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request, CancellationToken cancellationToken) =>
        new ResultAction(await HealthEndpoints.CheckAsync(tables, queues, request.HttpContext, cancellationToken));

    [Function("HealthApi")]
    public async Task<IActionResult> HealthApiAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health")] HttpRequest request, CancellationToken cancellationToken) =>
        new ResultAction(await HealthEndpoints.CheckAsync(tables, queues, request.HttpContext, cancellationToken));

    [Function("HealthLive")]
    public static IActionResult Live(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health/live")] HttpRequest request) =>
        new ResultAction(HealthEndpoints.Plain(request.HttpContext, StatusCodes.Status200OK, "alive"));

    [Function("HealthReady")]
    public async Task<IActionResult> ReadyAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health/ready")] HttpRequest request, CancellationToken cancellationToken)
    {
        var ready = await StorageProbe.ReachableAsync(tables, queues, HealthEndpoints.ReadinessTimeout, cancellationToken);
        return new ResultAction(ready.Tables && ready.Queues
            ? HealthEndpoints.Plain(request.HttpContext, StatusCodes.Status200OK, "ready")
            : HealthEndpoints.Plain(request.HttpContext, StatusCodes.Status503ServiceUnavailable, "unavailable"));
    }
}

internal static class HealthEndpoints
{
    /// <summary>Readiness answers within this (probes usually wait 1–5 s): a storage call that takes longer counts as down.</summary>
    public static readonly TimeSpan ReadinessTimeout = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The probes' paths: not traced (a probe every few seconds would bury the traces that matter).</summary>
    public static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/api/health", StringComparison.OrdinalIgnoreCase);

    internal static async Task<Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>>> CheckAsync(
        IntakeTables tables, IntakeQueues queues, HttpContext context, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        var (tablesOk, queuesOk) = await StorageProbe.ReachableAsync(tables, queues, HealthTimeout, cancellationToken);
        var response = new HealthResponse(tablesOk && queuesOk ? "healthy" : "unhealthy", tablesOk ? "ok" : "unreachable", queuesOk ? "ok" : "unreachable");
        return tablesOk && queuesOk
            ? TypedResults.Ok(response)
            : TypedResults.Json(response, IntakeJsonContext.Default.HealthResponse, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    internal static ContentHttpResult Plain(HttpContext context, int statusCode, string status)
    {
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Text(status, "text/plain", System.Text.Encoding.UTF8, statusCode);
    }
}
