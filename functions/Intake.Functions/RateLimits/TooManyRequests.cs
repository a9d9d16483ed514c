using System.Globalization;
using Intake.Core.Localization;
using Intake.Functions.Localization;
using Intake.Functions.Pages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Intake.Functions.RateLimits;

/// <summary>
/// The answer over a limit: 429 with Retry-After (whole seconds) and never cached. A page request gets a page (a form
/// post its form back, with what the person typed); anything else a problem in the person's language. Nothing of
/// the request has been processed, so the answer says so.
/// </summary>
internal static class TooManyRequests
{
    private static readonly LocalizedText Title = new("För många förfrågningar från din uppkoppling.", "Too many requests from your connection.");

    /// <summary>{0}: how long to wait.</summary>
    private static readonly LocalizedText Detail = new(
        "Inget har tagits emot. Vänta {0} och försök igen, eller ring {Kundcenter} på {KundcenterPhone}. Om någon är i akut fara, ring 112.",
        "Nothing was received. Wait {0} and try again, or call {KundcenterShort} on {KundcenterPhone}. If anyone is in immediate danger, call 112.");

    public static async Task WriteAsync(HttpContext context, string? functionName, TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (functionName is "Pages" or "PagesEnglish" or "PagesSelfTest" or "PagesSelfTestEnglish")
        {
            await (await PagesEndpoints.TooManyRequestsAsync(context, seconds, cancellationToken)).ExecuteAsync(context);
        }
        else
        {
            await Problem(context, seconds).ExecuteAsync(context);
        }
    }

    private static ProblemHttpResult Problem(HttpContext context, int seconds)
    {
        var language = RequestLanguage.Of(context.Request);
        var facts = context.RequestServices.GetRequiredService<MunicipalFacts>();
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ContentLanguage = language.ToCode();
        return TypedResults.Problem(
            title: Title[language],
            detail: facts.Render(Detail, language).Replace("{0}", WaitTime.Describe(seconds, language), StringComparison.Ordinal),
            statusCode: StatusCodes.Status429TooManyRequests);
    }
}
