using Intake.Core.Localization;
using Intake.Core.References;
using Intake.Core.Submissions;
using Intake.Functions.Security;
using Intake.Functions.Submissions;

namespace Intake.Functions.Pages;

/// <summary>
/// The plain form post (no JavaScript): the same reader, validator and service as the API. The answer is a page:
/// the receipt (200), the form again with every typed value and a message at each field (400), or the form again
/// with a notice (403 from another site, 413/415 unreadable, 429 too many from one connection, 503 storage down —
/// nothing lost that can be kept).
/// </summary>
internal static class FormSubmission
{
    public static async Task<IResult> PostAsync(PageContext page, HttpContext context, SubmissionService service, CancellationToken cancellationToken)
    {
        var kind = page.Route.Kind!.Value;
        var l = page.Language;
        if (!SameOriginPost.IsAllowed(context.Request))
        {
            return PagesEndpoints.Html(context, FormPage.Render(page, kind, FormState.Empty.With(new FormNotice(FormTexts.NotFromHereTitle[l], FormTexts.NotFromHereText[l]))), StatusCodes.Status403Forbidden);
        }

        var (input, problem) = await SubmissionInputReader.ReadAsync(context.Request, SubmissionInputReader.MaxFormPageBodyBytes, cancellationToken);
        if (problem != BodyProblem.None)
        {
            var notice = new FormNotice(FormTexts.UnreadableTitle[l], page.Text(FormTexts.UnreadableText));
            var status = problem switch
            {
                BodyProblem.TooLarge => StatusCodes.Status413PayloadTooLarge,
                BodyProblem.UnsupportedMediaType or BodyProblem.UnsupportedContentEncoding => StatusCodes.Status415UnsupportedMediaType,
                _ => StatusCodes.Status400BadRequest,
            };
            return PagesEndpoints.Html(context, FormPage.Render(page, kind, FormState.Empty.With(notice)), status);
        }

        var posted = input!;
        var key = KeyOf(posted);
        var typed = new FormState(FormState.ValuesFrom(posted), []);
        switch (await service.SubmitAsync(kind, posted, l, Channels.Web, key, cancellationToken))
        {
            case SubmitOutcome.Accepted accepted:
                var s = accepted.Submission;
                var reference = ReferenceNumber.TryParse(s.Id, out var r) ? r.ToString() : s.Id;
                return PagesEndpoints.Html(context, ReceiptPage.Render(page, reference, NextSteps.Describe(kind, s.Answers, l)), StatusCodes.Status200OK);
            case SubmitOutcome.Invalid invalid:
                return PagesEndpoints.Html(context, FormPage.Render(page, kind, typed.With(Messages(QuestionModel.For(kind), invalid.Errors, l)), key), StatusCodes.Status400BadRequest);
            default:
                context.Response.Headers.RetryAfter = SubmissionEndpoints.RetryAfterSeconds;
                return PagesEndpoints.Html(context, FormPage.Render(page, kind, typed.With(FormPage.Unavailable(page)), key), StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>Over the rate limit (429): nothing is sent; the form comes back with what was typed, its key, and how
    /// long to wait. The body is read as a refused post's would be (bounded), so that no typed text is lost.</summary>
    public static async Task<IResult> TooManyAsync(PageContext page, HttpContext context, string wait, CancellationToken cancellationToken)
    {
        var kind = page.Route.Kind!.Value;
        var l = page.Language;
        var notice = new FormNotice(FormTexts.TooManyTitle[l], page.Text(FormTexts.TooManyText).Replace("{0}", wait, StringComparison.Ordinal));
        var (input, problem) = await SubmissionInputReader.ReadAsync(context.Request, SubmissionInputReader.MaxFormPageBodyBytes, cancellationToken);
        if (problem != BodyProblem.None)
        {
            return PagesEndpoints.Html(context, FormPage.Render(page, kind, FormState.Empty.With(notice)), StatusCodes.Status429TooManyRequests);
        }

        var key = KeyOf(input!);
        var html = FormPage.Render(page, kind, new FormState(FormState.ValuesFrom(input!), [], notice), key);
        return PagesEndpoints.Html(context, html, StatusCodes.Status429TooManyRequests);
    }

    /// <summary>The page's own key (a hidden field, not an answer); one that is missing or not ours is ignored.</summary>
    private static IdempotencyKey? KeyOf(SubmissionInput input) =>
        input.Take(IdempotencyKey.FormField) is [RawValue.Text { Value: var sent }] && IdempotencyKey.TryParse(sent, out var parsed) ? parsed : null;

    /// <summary>One message per field (several joined), in the order the questions come on the page.</summary>
    private static List<KeyValuePair<string, string>> Messages(QuestionModel model, IReadOnlyList<FieldError> errors, Language l)
    {
        var order = model.Questions.Select((q, i) => (q.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return errors.GroupBy(e => e.Field)
            .OrderBy(g => order.TryGetValue(g.Key, out var i) ? i : int.MaxValue)
            .Select(g => new KeyValuePair<string, string>(g.Key, string.Join(" ", g.Select(e => ValidationMessages.Format(e, model, l)).Distinct())))
            .ToList();
    }
}
