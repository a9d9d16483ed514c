using Intake.Functions.Errors;
using Intake.Functions.Pages;
using Intake.Functions.RateLimits;
using Intake.Functions.Security;
using Intake.Functions.Telemetry;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Hosting.Worker;

/// <summary>
/// Under the worker, the worker owns the ASP.NET Core pipeline: what the standalone host does in ASP.NET Core
/// middleware happens here for every HTTP invocation. Security headers and the CSP nonce on every response; the
/// per-client rate limits (429 before the function runs); an unexpected error answers the plain 500 problem in the
/// person's language (no exception text), and is logged.
/// </summary>
internal sealed partial class HttpMiddleware(IOptions<PagesOptions> pages, RateLimitGate rateLimits, ILogger<HttpMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var http = context.GetHttpContext();
        if (http is null)
        {
            await next(context);  // A queue or timer invocation.
            return;
        }

        HttpSpans.NameRoute(http, context.FunctionDefinition.Name);
        SecurityHeaders.Begin(http, pages.Value);
        RequestBodyErrors.Apply(http);
        try
        {
            if (await rateLimits.AdmitAsync(http, context.FunctionDefinition.Name))
            {
                await next(context);
            }
        }
        catch (Exception ex) when (!http.Response.HasStarted)
        {
            // Written to the response itself (the integration forwards what the worker wrote); the host then records the
            // invocation as handled, so the failure is logged here, without the exception's text reaching the caller.
            LogFailed(logger, ex, context.FunctionDefinition.Name, ex.GetType().Name);
            await ErrorHandling.Problem(http, ex).ExecuteAsync(http);
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "HTTP function {FunctionName} failed: {ExceptionType}; the caller got a 500 problem.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string functionName, string exceptionType);
}
