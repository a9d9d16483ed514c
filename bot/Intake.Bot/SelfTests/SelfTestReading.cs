using Intake.Core.Localization;

namespace Intake.Bot.SelfTests;

/// <summary>
/// What a score means under the limits the person compared with: the level (a stable id, and its name), the limits in
/// words, what the level suggests in plain words, advice that goes with it, and the whole result as the chat says it.
/// </summary>
/// <param name="Level">A stable id of the level ("risk", "moderate-risk"), for pages and tests; never shown.</param>
/// <param name="Advice">A caution that goes with the level (do not stop suddenly on your own), if any.</param>
/// <param name="InTheChat">Meaning, "not a diagnosis", where to turn in the chat, and the advice: what the bot says.</param>
internal sealed record SelfTestReading(
    SelfTestKind Kind,
    int Score,
    string Level,
    LocalizedText LevelName,
    LocalizedText Limits,
    LocalizedText Meaning,
    LocalizedText? Advice,
    LocalizedText InTheChat)
{
    public SelfTestInstrument Test => SelfTestInstrument.For(Kind);

    /// <summary>For the social worker, always Swedish: "Självtest DUDIT i chatten: 8 av 44 poäng, … (…)".</summary>
    public string StaffNote(string where) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"Självtest {Test.Name} {where}: {Score} av {Test.MaxScore} poäng, {LevelName.Swedish} ({Limits.Swedish})");
}

/// <summary>A set of limits the person may compare their result with, and what they pick to choose it.</summary>
internal sealed record SelfTestLimitChoice(string Name, LocalizedText Label);
