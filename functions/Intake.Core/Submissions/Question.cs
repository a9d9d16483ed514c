using Intake.Core.Localization;

namespace Intake.Core.Submissions;

/// <summary>Asks the question only when another answer has a given value (e.g. the reporter's name only when not anonymous).</summary>
public sealed record Condition(string FieldId, string Value);

/// <summary>One choice of a <see cref="FieldType.Choice"/> or <see cref="FieldType.MultiChoice"/> question.</summary>
public sealed record AnswerOption(string Value, LocalizedText Label);

/// <summary>
/// One question of a submission, shared by the web form, the JSON API and the chatbot: the same id, type, limits and
/// texts everywhere. <see cref="Label"/> is what the form and the bot ask; <see cref="Name"/> is the short noun used in
/// error messages ("Fyll i e-postadress.").
/// </summary>
public sealed record Question(string Id, FieldType Type, LocalizedText Label, LocalizedText Name)
{
    public bool Required { get; init; }

    /// <summary>Maximum length in characters for text fields.</summary>
    public int MaxLength { get; init; } = Limits.ShortText;

    public IReadOnlyList<AnswerOption> Options { get; init; } = [];

    /// <summary>When set, the question applies only if the condition holds; otherwise it must be left out.</summary>
    public Condition? AskWhen { get; init; }

    /// <summary>For a consent: the only answer that can be accepted.</summary>
    public string? MustBe { get; init; }

    public LocalizedText? Hint { get; init; }

    public bool IsAskedGiven(Func<string, string?> answerOf) =>
        AskWhen is null || string.Equals(answerOf(AskWhen.FieldId), AskWhen.Value, StringComparison.Ordinal);
}

public static class Limits
{
    public const int ShortText = 200;
    public const int LongText = 4000;
    public const int Email = 254;
    public const int Phone = 30;
}
