using Intake.Core.Localization;
using Intake.Core.Submissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Intake.Functions.Submissions;

/// <summary>400 and friends as RFC 9457 problem details, worded for the person in Swedish or English.</summary>
internal static class ValidationProblems
{
    public static ValidationProblem For(SubmissionKind kind, IReadOnlyList<FieldError> errors, Language language)
    {
        var model = QuestionModel.For(kind);
        var messages = errors.GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => ValidationMessages.Format(e, model, language)).ToArray());
        var codes = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Code).ToArray());
        return TypedResults.ValidationProblem(
            messages,
            title: ValidationMessages.ProblemTitle[language],
            extensions: new Dictionary<string, object?> { ["errorCodes"] = codes });
    }

    /// <summary>An <c>Idempotency-Key</c> header that is not one: the same shape as a field error, keyed by the header.</summary>
    public static ValidationProblem InvalidIdempotencyKey(Language language) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { [IdempotencyKey.HeaderName] = [InvalidKey[language]] },
        title: InvalidKeyTitle[language],
        extensions: new Dictionary<string, object?>
        {
            ["errorCodes"] = new Dictionary<string, string[]> { [IdempotencyKey.HeaderName] = ["invalid_idempotency_key"] },
        });

    private static readonly LocalizedText InvalidKeyTitle = new(
        "Ärendet kunde inte tas emot.",
        "The submission could not be received.");

    private static readonly LocalizedText InvalidKey = new(
        "Idempotency-Key ska vara 16–128 tecken: bokstäver A–Z och a–z, siffror och - _ . : (till exempel ett UUID). Inget har sparats.",
        "Idempotency-Key must be 16–128 characters: letters A–Z and a–z, digits and - _ . : (a UUID, for example). Nothing was saved.");
}

internal static class BodyProblems
{
    public static ProblemHttpResult For(BodyProblem problem, Language language) => problem switch
    {
        BodyProblem.TooLarge => TypedResults.Problem(
            title: new LocalizedText("Det du skickade är för stort.", "What you sent is too large.")[language],
            detail: new LocalizedText("Högst 64 kB kan tas emot. Korta texten och försök igen.", "At most 64 KB can be received. Shorten the text and try again.")[language],
            statusCode: StatusCodes.Status413PayloadTooLarge),
        BodyProblem.UnsupportedMediaType => TypedResults.Problem(
            title: new LocalizedText("Fel innehållstyp.", "Unsupported content type.")[language],
            detail: new LocalizedText(
                "Skicka application/json eller application/x-www-form-urlencoded.",
                "Send application/json or application/x-www-form-urlencoded.")[language],
            statusCode: StatusCodes.Status415UnsupportedMediaType),
        BodyProblem.UnsupportedContentEncoding => TypedResults.Problem(
            title: new LocalizedText("Komprimerat innehåll tas inte emot.", "Compressed content is not accepted.")[language],
            detail: new LocalizedText(
                "Skicka innehållet okomprimerat, utan Content-Encoding. Inget har sparats.",
                "Send the body uncompressed, without Content-Encoding. Nothing was saved.")[language],
            statusCode: StatusCodes.Status415UnsupportedMediaType),
        _ => TypedResults.Problem(
            title: new LocalizedText("Det du skickade kunde inte läsas.", "What you sent could not be read.")[language],
            detail: new LocalizedText(
                "Innehållet måste vara ett JSON-objekt eller ett formulär i UTF-8.",
                "The body must be a JSON object or a form, encoded as UTF-8.")[language],
            statusCode: StatusCodes.Status400BadRequest),
    };
}
