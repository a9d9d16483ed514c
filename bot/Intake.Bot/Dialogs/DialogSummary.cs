using Intake.Core.Submissions;

namespace Intake.Bot.Dialogs;

/// <summary>The summary before sending, and the list of answers to change.</summary>
internal static class DialogSummary
{
    public static BotReply Show(DialogState state, IReadOnlyList<string> extras)
    {
        var l = state.Language;
        var model = QuestionModel.For(state.Kind!.Value);
        foreach (var moot in model.Questions.Where(q => !q.IsAskedGiven(state.AnswerOf)).Select(q => q.Id).ToList())
        {
            state.Answers.Remove(moot);
        }

        var lines = model.Questions
            .Where(q => state.Answers.TryGetValue(q.Id, out var v) && v.Count > 0)
            .Select(q => $"{q.Label[l]}: {QuestionPrompts.Describe(q, state.Answers[q.Id], l)}");
        var also = extras.Count == 0 ? string.Empty : "\n\n" + string.Join("\n", extras);
        return new BotReply(BotTexts.Summary[l] + "\n\n" + string.Join("\n", lines) + also, [BotTexts.Send[l], BotTexts.Change[l], BotTexts.Cancel[l]]);
    }

    public static BotReply WhichToChange(DialogState state)
    {
        var model = QuestionModel.For(state.Kind!.Value);
        return new BotReply(
            BotTexts.WhichToChange[state.Language],
            [.. model.Questions.Where(q => state.Answers.ContainsKey(q.Id)).Select(q => q.Label[state.Language])]);
    }
}
