using Intake.Functions.Functions;
using Microsoft.AspNetCore.Http.Features;

namespace Intake.Functions.Telemetry;

/// <summary>
/// Under the Functions host the worker's ASP.NET Core pipeline has no endpoint routing, so the request's span knows no
/// route: the function's route template is set on it (as the standalone host's routing does), and
/// <see cref="PrivacyProcessor"/> then puts the template where the path was.
/// </summary>
internal static class HttpSpans
{
    public static void NameRoute(HttpContext http, string functionName)
    {
        if (http.Features.Get<IHttpActivityFeature>()?.Activity is { } activity
            && FunctionCatalog.All.FirstOrDefault(f => f.Name == functionName)?.Trigger is HttpFunctionTrigger trigger)
        {
            activity.SetTag("http.route", "/" + trigger.Route);
        }
    }
}
