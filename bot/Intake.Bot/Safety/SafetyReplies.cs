using Intake.Bot.Text;
using Intake.Core.Localization;

namespace Intake.Bot.Safety;

/// <summary>The first thing said after a risk signal: 112 first, then who to talk to. Short and kind.</summary>
internal static class SafetyReplies
{
    private static readonly LocalizedText CallNow = new(
        "112 – ring nu om du eller någon annan är i fara.",
        "112 – call now if you or someone else is in danger.");

    private static readonly LocalizedText SuicideLine = new(
        "Tankar på att ta ditt liv? Självmordslinjen: ring 90101 eller chatta på mind.se.",
        "Thoughts of ending your life? Självmordslinjen, the Swedish suicide line: call 90101 or chat at mind.se.");

    private static readonly LocalizedText Bris = new(
        "Är du barn eller ung kan du prata med BRIS: ring 116 111 eller chatta på bris.se.",
        "If you are a child or young person, you can talk to BRIS: call 116 111 or chat at bris.se.");

    /// <summary>The reply to <paramref name="signal"/>; BRIS is named too when a child is concerned.</summary>
    public static LocalizedText For(RiskSignal signal, bool childConcerned)
    {
        var reply = For(signal);
        return childConcerned && signal != RiskSignal.ChildInDanger ? LocalizedTexts.Join(reply, Bris) : reply;
    }

    private static LocalizedText For(RiskSignal signal) => signal switch
    {
        RiskSignal.Suicide => LocalizedTexts.Join(
            CallNow,
            new("Det du känner är viktigt, och du behöver inte vara ensam med det.", "What you feel matters, and you do not have to be alone with it."),
            new("Prata med Självmordslinjen: ring 90101 eller chatta på mind.se.", "Talk to Självmordslinjen, the Swedish suicide line: call 90101 or chat at mind.se.")),
        RiskSignal.Overdose => LocalizedTexts.Join(
            new("112 – ring nu. Stanna hos personen.", "112 – call now. Stay with the person."),
            new(
                "Andas hen, lägg hen på sidan (stabilt sidoläge). Andas hen inte, säg det till 112 så hjälper de dig.",
                "If they are breathing, turn them on their side (the recovery position). If not, tell 112 and they will guide you."),
            SuicideLine),
        RiskSignal.Violence => LocalizedTexts.Join(
            CallNow,
            new("Det är aldrig ditt fel när någon gör dig illa.", "It is never your fault when someone hurts you."),
            SuicideLine),
        RiskSignal.ChildInDanger => LocalizedTexts.Join(
            new("112 – ring nu om ett barn eller någon annan är i fara.", "112 – call now if a child or anyone else is in danger."),
            Bris,
            SuicideLine),
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "There is no crisis reply without a risk signal."),
    };
}
