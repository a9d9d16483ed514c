using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Intake.Functions.Functions;
using Intake.Functions.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Intake.Functions.Hosting;

/// <summary>The handler's answer to the host: <c>{ "Outputs": {}, "Logs": [...], "ReturnValue": null }</c>.
/// Outputs stay empty: functions write to storage themselves, so they can record each step as done.</summary>
internal sealed record InvocationResponse(
    [property: JsonPropertyName("Outputs")] Dictionary<string, string> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] string? ReturnValue);

/// <summary>
/// <c>POST /{FunctionName}</c> for queue and timer functions, as the Functions host calls them. A failure answers
/// 500, which fails the invocation: the host retries the message and moves it to poison after the fifth try.
/// HTTP functions are not here: the host forwards their requests to the app's own routes.
/// </summary>
internal static partial class CustomHandlerEndpoints
{
    public static void MapCustomHandlerInvocations(this WebApplication app)
    {
        app.MapPost("/{functionName}", InvokeAsync).ExcludeFromDescription();
    }

    private static async Task<IResult> InvokeAsync(
        string functionName,
        HttpContext context,
        IEnumerable<IQueueFunction> queueFunctions,
        IEnumerable<ITimerFunction> timerFunctions,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger("Intake.Functions.CustomHandler");
        var invocationId = context.Request.Headers["X-Azure-Functions-InvocationId"].ToString();
        var queueFunction = queueFunctions.FirstOrDefault(f => string.Equals(f.Name, functionName, StringComparison.OrdinalIgnoreCase));
        var timerFunction = timerFunctions.FirstOrDefault(f => string.Equals(f.Name, functionName, StringComparison.OrdinalIgnoreCase));
        if (queueFunction is null && timerFunction is null)
        {
            return TypedResults.NotFound();
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            if (queueFunction is not null)
            {
                using var payload = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
                await queueFunction.RunAsync(InvocationPayload.ReadQueueDelivery(payload.RootElement), cancellationToken);
            }
            else
            {
                await timerFunction!.RunAsync(cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var name = queueFunction?.Name ?? timerFunction!.Name;
            LogFailed(logger, ex, name, invocationId, ex.GetType().Name);
            return Answer(StatusCodes.Status500InternalServerError, $"{name} failed: {ex.GetType().Name}");
        }

        return Answer(StatusCodes.Status200OK, $"{functionName} completed in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");
    }

    private static JsonHttpResult<InvocationResponse> Answer(int status, string log) =>
        TypedResults.Json(new InvocationResponse([], [log], null), IntakeJsonContext.Default.InvocationResponse, statusCode: status);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Error, Message = "Function {FunctionName} failed in invocation {InvocationId}: {ExceptionType}.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string functionName, string invocationId, string exceptionType);
}
