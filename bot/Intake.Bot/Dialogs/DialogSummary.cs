using Intake.Core.Localization;
using Intake.Core.Submissions;

namespace Intake.Bot.Dialogs;

/// <summary>The summary before sending, and the list of answers to change.</summary>
internal static class DialogSummary
{
    /// <summary>The answers as given, and what is sent besides (<paramref name="extras"/>, templates). Rendered here,
    /// piece by piece: the person's own words are never read as a placeholder.</summary>
    public static BotReply Show(DialogState state, IReadOnlyList<string> extras, MunicipalFacts facts)
    {
        var l = state.Language;
        string R(string template) => facts.Render(template, l);
        var model = QuestionModel.For(state.Kind!.Value);
        foreach (var moot in model.Questions.Where(q => !q.IsAskedGiven(state.AnswerOf)).Select(q => q.Id).ToList())
        {
            state.Answers.Remove(moot);
        }

        var lines = model.Questions
            .Where(q => state.Answers.TryGetValue(q.Id, out var v) && v.Count > 0)
            .Select(q => $"{R(q.Label[l])}: {Answer(q)}");
        var also = extras.Count == 0 ? string.Empty : "\n\n" + string.Join("\n", extras.Select(R));
        return new BotReply(R(BotTexts.Summary[l]) + "\n\n" + string.Join("\n", lines) + also, [R(BotTexts.Send[l]), R(BotTexts.Change[l]), R(BotTexts.Cancel[l])])
        {
            HasPersonsWords = true,
        };

        // A choice's label is ours; free text is the person's, as written.
        string Answer(Question q) => QuestionPrompts.Describe(q, state.Answers[q.Id], l) is var described && q.Type is FieldType.Choice or FieldType.MultiChoice or FieldType.YesNo
            ? R(described)
            : described;
    }

    public static BotReply WhichToChange(DialogState state)
    {
        var model = QuestionModel.For(state.Kind!.Value);
        return new BotReply(
            BotTexts.WhichToChange[state.Language],
            [.. model.Questions.Where(q => state.Answers.ContainsKey(q.Id)).Select(q => q.Label[state.Language])]);
    }
}
