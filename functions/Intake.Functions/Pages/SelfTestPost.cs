using System.Globalization;
using Intake.Bot.SelfTests;
using Intake.Functions.Security;
using Intake.Functions.Submissions;

namespace Intake.Functions.Pages;

/// <summary>
/// A self-test's plain form post (no script needed): the answers are read, scored and shown on a result page, and
/// then they are gone. Nothing is stored, queued or logged; the answer is never cached. A question left unanswered
/// (and not skipped by AUDIT's rules) brings the test back with a message at each, and everything chosen still chosen.
/// </summary>
internal static class SelfTestPost
{
    public static async Task<IResult> PostAsync(PageContext page, HttpContext context, SelfTestLimits limits, CancellationToken cancellationToken)
    {
        var l = page.Language;
        if (!SameOriginPost.IsAllowed(context.Request))
        {
            var refused = FormState.Empty.With(new FormNotice(FormTexts.NotFromHereTitle[l], FormTexts.NotFromHereText[l]));
            return PagesEndpoints.Html(context, SelfTestPage.Render(page, limits, refused), StatusCodes.Status403Forbidden);
        }

        var (input, problem) = await SubmissionInputReader.ReadAsync(context.Request, SubmissionInputReader.MaxFormPageBodyBytes, cancellationToken);
        if (problem != BodyProblem.None)
        {
            var unreadable = FormState.Empty.With(new FormNotice(SelfTestPageTexts.UnreadableTitle[l], SelfTestPageTexts.UnreadableText[l]));
            var status = problem switch
            {
                BodyProblem.TooLarge => StatusCodes.Status413PayloadTooLarge,
                BodyProblem.UnsupportedMediaType or BodyProblem.UnsupportedContentEncoding => StatusCodes.Status415UnsupportedMediaType,
                _ => StatusCodes.Status400BadRequest,
            };
            return PagesEndpoints.Html(context, SelfTestPage.Render(page, limits, unreadable), status);
        }

        var kind = page.Route.Test!.Value;
        var chosen = new FormState(FormState.ValuesFrom(input!), []);
        var (answers, errors) = Read(SelfTestInstrument.For(kind), chosen, l);
        if (errors.Count > 0)
        {
            return PagesEndpoints.Html(context, SelfTestPage.Render(page, limits, chosen.With(errors)), StatusCodes.Status400BadRequest);
        }

        var choice = limits.Choices(kind).FirstOrDefault(c => chosen.IsChosen(SelfTestPage.LimitsField, c.Name))?.Name ?? limits.DefaultChoice(kind);
        var reading = limits.Read(kind, SelfTestInstrument.For(kind).Score(answers), choice);
        return PagesEndpoints.Html(context, SelfTestResultPage.Render(page, reading), StatusCodes.Status200OK);
    }

    /// <summary>
    /// The answer position of each question, in order: a skipped question (AUDIT) counts as its first answer, 0 points,
    /// whatever was chosen. Whether a question is skipped is known once every answer before it is.
    /// </summary>
    private static (List<int> Answers, List<KeyValuePair<string, string>> Errors) Read(SelfTestInstrument test, FormState chosen, Core.Localization.Language l)
    {
        var answers = new List<int>();
        var errors = new List<KeyValuePair<string, string>>();
        foreach (var question in test.Questions)
        {
            var field = SelfTestPage.Field(question);
            var index = question.Answers.Select((_, i) => (int?)i).FirstOrDefault(i => chosen.IsChosen(field, i!.Value.ToString(CultureInfo.InvariantCulture)));
            var known = errors.Count == 0;
            if (known && test.IsSkipped(answers.Count, answers))
            {
                answers.Add(0);
            }
            else if (index is { } answer)
            {
                answers.Add(answer);
            }
            else
            {
                answers.Add(0);
                errors.Add(new(field, string.Format(CultureInfo.InvariantCulture, SelfTestPageTexts.ChooseAnAnswer[l], question.Number)));
            }
        }

        return (answers, errors);
    }
}
