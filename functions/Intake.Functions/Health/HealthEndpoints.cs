using Intake.Functions.Functions;
using Intake.Functions.Json;
using Intake.Functions.Storage;
using Intake.Functions.Submissions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Health;

internal sealed record HealthResponse(string Status, string Tables, string Queues);

/// <summary><c>GET /health</c> (and <c>/api/health</c>): can the app reach its storage?</summary>
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
}

internal static class HealthEndpoints
{
    internal static async Task<Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>>> CheckAsync(
        IntakeTables tables, IntakeQueues queues, HttpContext context, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        var tablesOk = await ProbeAsync(() => tables.Submissions.GetOrNullAsync("health", "probe", timeout.Token), timeout.Token);
        var queuesOk = await ProbeAsync(() => queues.Intake.GetPropertiesAsync(timeout.Token), timeout.Token);
        var response = new HealthResponse(tablesOk && queuesOk ? "healthy" : "unhealthy", tablesOk ? "ok" : "unreachable", queuesOk ? "ok" : "unreachable");
        return tablesOk && queuesOk
            ? TypedResults.Ok(response)
            : TypedResults.Json(response, IntakeJsonContext.Default.HealthResponse, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<bool> ProbeAsync(Func<Task> probe, CancellationToken cancellationToken)
    {
        try
        {
            await probe();
            return true;
        }
        catch (Exception ex) when (StorageFailures.IsStorageFailure(ex, cancellationToken) || ex is OperationCanceledException)
        {
            return false;
        }
    }
}
