namespace Intake.Bot.Protocol;

/// <summary>Buttons shown under a message until the user answers.</summary>
internal sealed record SuggestedActions
{
    /// <summary>Channel account ids the actions are shown to; all recipients when left out.</summary>
    public IReadOnlyList<string>? To { get; init; }

    public IReadOnlyList<CardAction> Actions { get; init; } = [];
}
