using Intake.Core.Localization;

namespace Intake.Bot.SelfTests;

/// <summary>One question of a self-test; its answers are the buttons (or radio buttons), in order.</summary>
/// <param name="CountUpTo">For a question about a number ("how many drinks"): the highest count each answer but the
/// last stands for, so that a typed number is read as a count ("3" → "3–4"), not as a position in the list.</param>
internal sealed record SelfTestQuestion(int Number, LocalizedText Text, IReadOnlyList<SelfTestAnswer> Answers, IReadOnlyList<int>? CountUpTo = null)
{
    /// <summary>The answer a typed count falls in, or null when the question is not about a number.</summary>
    public int? AnswerForCount(int count)
    {
        if (CountUpTo is null || count < 0)
        {
            return null;
        }

        var index = 0;
        while (index < CountUpTo.Count && count > CountUpTo[index])
        {
            index++;
        }

        return index;
    }
}

/// <summary>A button and the points it gives.</summary>
internal sealed record SelfTestAnswer(LocalizedText Label, int Score);
