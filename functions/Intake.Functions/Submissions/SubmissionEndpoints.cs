using Intake.Core.Localization;
using Intake.Core.References;
using Intake.Core.Submissions;
using Intake.Functions.Localization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Intake.Functions.Submissions;

/// <summary>What the sender gets back at once.</summary>
internal sealed record SubmissionReceiptResponse(string Reference, DateTimeOffset ReceivedAt, string WhatHappensNext);

/// <summary>
/// <c>POST /api/concerns</c>, <c>/api/support-requests</c>, <c>/api/relative-support-requests</c>: JSON or a plain
/// HTML form post. 202 with the reference number once stored; 400 with every field error; 413, 415; 503 with
/// Retry-After when nothing could be stored.
/// </summary>
internal static class SubmissionEndpoints
{
    public const string RetryAfterSeconds = "30";

    public const string ConcernRoute = "api/concerns";
    public const string SupportRequestRoute = "api/support-requests";
    public const string RelativeSupportRequestRoute = "api/relative-support-requests";

    public static readonly IReadOnlyDictionary<SubmissionKind, string> Routes = new Dictionary<SubmissionKind, string>
    {
        [SubmissionKind.Concern] = "/" + ConcernRoute,
        [SubmissionKind.SupportRequest] = "/" + SupportRequestRoute,
        [SubmissionKind.RelativeSupportRequest] = "/" + RelativeSupportRequestRoute,
    };

    internal static async Task<Results<Accepted<SubmissionReceiptResponse>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        SubmissionKind kind, HttpContext context, SubmissionService service, CancellationToken cancellationToken)
    {
        var language = RequestLanguage.Of(context.Request);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ContentLanguage = language.ToCode();

        var (input, problem) = await SubmissionInputReader.ReadAsync(context.Request, cancellationToken);
        if (problem != BodyProblem.None)
        {
            return BodyProblems.For(problem, language);
        }

        IdempotencyKey? key = null;
        if (context.Request.Headers.TryGetValue(IdempotencyKey.HeaderName, out var sent))
        {
            if (sent.Count != 1 || !IdempotencyKey.TryParse(sent[0], out var parsed))
            {
                return ValidationProblems.InvalidIdempotencyKey(language);
            }

            key = parsed;
        }

        var outcome = await service.SubmitAsync(kind, input!, language, Channels.Api, key, cancellationToken);
        switch (outcome)
        {
            case SubmitOutcome.Accepted accepted:
                var s = accepted.Submission;
                var reference = ReferenceNumber.TryParse(s.Id, out var r) ? r.ToString() : s.Id;
                return TypedResults.Accepted((string?)null, new SubmissionReceiptResponse(reference, s.ReceivedAt, NextSteps.Describe(kind, s.Answers, language)));
            case SubmitOutcome.Invalid invalid:
                return ValidationProblems.For(kind, invalid.Errors, language);
            default:
                context.Response.Headers.RetryAfter = RetryAfterSeconds;
                return TypedResults.Problem(
                    title: StorageUnavailableTitle[language],
                    detail: context.RequestServices.GetRequiredService<MunicipalFacts>().Render(StorageUnavailableDetail, language),
                    statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    // Not "nothing was saved": a store that timed out may still land. Sending the same again is always safe.
    private static readonly LocalizedText StorageUnavailableTitle = new(
        "Vi kunde inte bekräfta att ditt ärende kom fram.",
        "We could not confirm that your submission arrived.");

    private static readonly LocalizedText StorageUnavailableDetail = new(
        "Skicka samma uppgifter igen om en stund. Har det redan kommit fram får du samma ärendenummer: det blir aldrig två ärenden. Du kan också ringa {Kundcenter} på {KundcenterPhone}. Om någon är i akut fara, ring 112.",
        "Please send the same details again in a while. If it did arrive, you get the same reference number: there will never be two cases. You can also call {KundcenterShort} on {KundcenterPhoneInternational}. If anyone is in immediate danger, call 112.");
}

/// <summary>Where a submission came from; stored with it, never anything that identifies the sender's device.</summary>
internal static class Channels
{
    public const string Api = "api";
    public const string Web = "web";
    public const string Bot = "bot";
}
