using Intake.Core.Localization;
using Intake.Functions.Localization;

namespace Intake.Functions.Errors;

/// <summary>
/// An unexpected error answers a plain 500 problem in the person's language, in every environment: no exception
/// text, no stack trace, no echo of the request. The details go to the log (which holds no personal data).
/// </summary>
internal static class ErrorHandling
{
    private static readonly LocalizedText Title = new("Något gick fel hos oss.", "Something went wrong on our side.");

    private static readonly LocalizedText Detail = new(
        "Försök igen om en stund, eller ring Kundcenter på 063-14 30 00. Om någon är i akut fara, ring 112.",
        "Please try again in a while, or call Kundcenter on +46 63 14 30 00. If anyone is in immediate danger, call 112.");

    public static WebApplication UseIntakeErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = async context => await Problem(context).ExecuteAsync(context),
        });
        return app;
    }

    /// <summary>The 500 problem in the person's language, the same in both hosts.</summary>
    public static IResult Problem(HttpContext context)
    {
        var language = RequestLanguage.Of(context.Request);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Problem(title: Title[language], detail: Detail[language], statusCode: StatusCodes.Status500InternalServerError);
    }
}
