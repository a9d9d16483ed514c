using Intake.Core.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Intake.Functions.Localization;

namespace Intake.Functions.Errors;

/// <summary>
/// An unexpected error answers a plain 500 problem in the person's language, in every environment: no exception
/// text, no stack trace, no echo of the request. The details go to the log (which holds no personal data). A request
/// the server could not read (a broken chunked body, a body shorter than its Content-Length, one too large or too slow)
/// is the sender's fault, not ours: it answers the status the server gave it (400, 408, 413), as a problem too
/// (<see cref="RequestBodyErrors"/> makes every failure to read the body one the server gave a status).
/// </summary>
internal static class ErrorHandling
{
    private static readonly LocalizedText Title = new("Något gick fel hos oss.", "Something went wrong on our side.");

    private static readonly LocalizedText Detail = new(
        "Försök igen om en stund, eller ring {Kundcenter} på {KundcenterPhone}. Om någon är i akut fara, ring 112.",
        "Please try again in a while, or call {KundcenterShort} on {KundcenterPhoneInternational}. If anyone is in immediate danger, call 112.");

    public static WebApplication UseIntakeErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = async context => await Problem(context, context.Features.Get<IExceptionHandlerFeature>()?.Error).ExecuteAsync(context),
        });
        app.Use((context, next) =>
        {
            RequestBodyErrors.Apply(context);
            return next(context);
        });
        return app;
    }

    private static readonly LocalizedText Unreadable = new("Begäran kunde inte läsas.", "The request could not be read.");

    /// <summary>The problem for <paramref name="error"/> in the person's language, the same in both hosts.</summary>
    public static IResult Problem(HttpContext context, Exception? error)
    {
        var language = RequestLanguage.Of(context.Request);
        context.Response.Headers.CacheControl = "no-store";
        return error is BadHttpRequestException { StatusCode: >= 400 and < 500 } unreadable
            ? TypedResults.Problem(title: Unreadable[language], statusCode: unreadable.StatusCode)
            : TypedResults.Problem(title: Title[language], detail: context.RequestServices.GetRequiredService<MunicipalFacts>().Render(Detail, language), statusCode: StatusCodes.Status500InternalServerError);
    }
}
