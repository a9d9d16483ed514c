using Intake.Core.Localization;

namespace Intake.Bot.SelfTests;

/// <summary>What every self-test's result says, in the chat and on the pages alike.</summary>
internal static class SelfTestTexts
{
    public static readonly LocalizedText NotADiagnosis = new(
        "Det här är ett självtest, ingen diagnos.",
        "This is a self-test, not a diagnosis.");

    /// <summary>"{0} poäng", "from {0} points": a range of points in words, for the limits.</summary>
    /// <summary>A result as the chat says it: what the score suggests, that it is no diagnosis, where to turn, and the
    /// level's advice where it has one.</summary>
    public static LocalizedText Result(LocalizedText meaning, LocalizedText whereToTurn, LocalizedText? advice) => advice is { } a
        ? Text.LocalizedTexts.Join(meaning, NotADiagnosis, whereToTurn, a)
        : Text.LocalizedTexts.Join(meaning, NotADiagnosis, whereToTurn);

    public static LocalizedText Range(int from, int to) => from == to
        ? new(Invariant($"{from} poäng"), Invariant($"{from} {(from == 1 ? "point" : "points")}"))
        : new(Invariant($"{from}–{to} poäng"), Invariant($"{from}–{to} points"));

    public static LocalizedText From(int from) => new(Invariant($"från {from} poäng"), Invariant($"from {from} {(from == 1 ? "point" : "points")}"));

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
