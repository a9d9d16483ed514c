using Intake.Core.Submissions;

namespace Intake.Bot.Dialogs;

/// <summary>Checks one answer with the same validator as the web form, in the context of the answers so far.</summary>
internal static class DialogValidation
{
    public static List<string> Values(RawValue raw) => raw switch
    {
        RawValue.Text t => [t.Value.Trim()],
        RawValue.Texts many => [.. many.Values],
        _ => [],
    };

    /// <summary>The answers that still apply (a changed answer can make others moot), as the API would receive them.</summary>
    public static SubmissionInput Input(DialogState state, string? except = null)
    {
        var model = QuestionModel.For(state.Kind!.Value);
        var input = new SubmissionInput();
        foreach (var question in model.Questions.Where(q => q.Id != except && q.IsAskedGiven(state.AnswerOf)))
        {
            if (state.Answers.TryGetValue(question.Id, out var values) && values.Count > 0)
            {
                input.Add(question.Id, question.Type == FieldType.MultiChoice ? new RawValue.Texts(values) : new RawValue.Text(values[0]));
            }
        }

        return input;
    }

    /// <summary>Errors about this answer itself; questions not yet asked are not held against it.</summary>
    public static IReadOnlyList<FieldError> ErrorsFor(DialogState state, Question question, RawValue raw)
    {
        var input = Input(state, except: question.Id).Add(question.Id, raw);
        var result = SubmissionValidator.Validate(QuestionModel.For(state.Kind!.Value), input, DateOnly.FromDateTime(DateTime.UtcNow));
        return result.Errors.Where(e => e.Field == question.Id && e.Code is not (ValidationCodes.Required or ValidationCodes.ContactRequired)).ToList();
    }
}
