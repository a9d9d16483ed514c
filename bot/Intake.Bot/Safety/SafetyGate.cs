using Intake.Bot.Safety.Model;
using Intake.Bot.Text;
using Intake.Core.Localization;

namespace Intake.Bot.Safety;

/// <summary>
/// Read on every message before anything else. It errs towards a crisis reply: a false alarm costs a kind
/// sentence with phone numbers, a miss can cost a life. Two layers:
/// <list type="number">
/// <item>the phrase lists (<see cref="RiskPhrases"/>, <see cref="ChildPhrases"/>): exact and explainable, after
/// everyday phrases that only look alarming ("dö av skratt", "det slår mig att", "killer app") are blanked out;</item>
/// <item>when no phrase stands in the message, the <see cref="SafetyModel"/>: a linear model over character runs and
/// words, trained at build time on the corpus's training split, which recognises what the lists were never written
/// for ("ni slipper mig snart", a friend who "snarkar konstigt och går inte att få kontakt med").</item>
/// </list>
/// A child is concerned when the lists name one or the model finds it likely; then BRIS is named in every reply.
/// </summary>
internal static class SafetyGate
{
    /// <summary>Most serious first: a body that stops breathing cannot wait for anything else.</summary>
    private static readonly RiskSignal[] BySeverity =
        [RiskSignal.Overdose, RiskSignal.Suicide, RiskSignal.ChildInDanger, RiskSignal.Violence];

    /// <summary>
    /// The model judges only messages of at least this many words: a form's short answers ("hoppa över", a name,
    /// "ja") are no crisis unless a phrase says so, and a few words give the model too little to go on.
    /// </summary>
    private const int ModelMinimumWords = 4;

    public static RiskSignal Assess(string? text) => Evaluate(text).Signal;

    public static RiskAssessment Evaluate(string? text) => Evaluate(text, SafetyModel.BuiltIn);

    internal static RiskAssessment Evaluate(string? text, SafetyModel model)
    {
        var words = RiskPhrases.Harmless.Blank(FigurativeOverdose(TextNormalizer.Words(text)));
        if (words.All(w => w == PhraseList.Marker))
        {
            return RiskAssessment.None;
        }

        if (RiskFrames.IsPastOrGeneralOnly(words))
        {
            return RiskAssessment.None with { Reason = "past or general only" };
        }

        if (RiskFrames.IsLaughingOnly(text, words))
        {
            return RiskAssessment.None with { Reason = "laughing only" };
        }

        var childNamed = ChildPhrases.Speaker.IsFoundIn(words) || ChildPhrases.Mention.IsFoundIn(words) || ChildPhrases.NamesAYoungAge(text, words);
        var parentToMe = ChildPhrases.ParentToMe.IsFoundIn(words) && ChildPhrases.MeOrUs.IsFoundIn(words);
        foreach (var signal in BySeverity)
        {
            if (Found(signal, words, childNamed) is { } rule)
            {
                var child = signal == RiskSignal.ChildInDanger || childNamed || parentToMe;
                return new RiskAssessment(signal, child, $"phrase list: {rule}");
            }
        }

        if (words.Count(w => w != PhraseList.Marker) < ModelMinimumWords || !SafetyConcepts.HasRiskConcept(words))
        {
            return RiskAssessment.None;
        }

        // Everyday phrases blanked above are blanked for the model too ("det här formuläret tar livet av mej").
        var score = model.Assess(words.Contains(PhraseList.Marker) ? string.Join(' ', words.Where(w => w != PhraseList.Marker)) : text);
        if (!score.IsCrisis)
        {
            return RiskAssessment.None;
        }

        var likeliest = score.Likeliest();
        return new RiskAssessment(likeliest, childNamed || parentToMe || score.IsAboutChild || likeliest == RiskSignal.ChildInDanger, $"model: {score}");
    }

    /// <summary>"En överdos av information", "overdosed on cookies": an overdose of something that is no drug is blanked.</summary>
    private static IReadOnlyList<string> FigurativeOverdose(IReadOnlyList<string> words)
    {
        string[]? result = null;
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (OverdoseWord.Matches(words[i]) && words[i + 1] is "av" or "of" or "on" or "pa"
                && !RiskPhrases.Substances.IsFoundIn(words.Skip(i + 2).Take(3).ToArray()))
            {
                result ??= [.. words];
                result[i] = PhraseList.Marker;
            }
        }

        return result ?? words;
    }

    private static readonly WordPattern OverdoseWord = new("överdos*|overdos*");

    public static LocalizedText FirstReply(RiskSignal signal) => SafetyReplies.For(signal, childConcerned: false);

    public static LocalizedText FirstReply(RiskAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return SafetyReplies.For(assessment.Signal, assessment.ChildConcerned);
    }

    private static string? Found(RiskSignal signal, IReadOnlyList<string> words, bool childNamed) => signal switch
    {
        RiskSignal.Overdose => Rule("overdose", RiskPhrases.Overdose.IndexIn(words)) ?? Together(RiskRules.Overdose, words),
        RiskSignal.Suicide => Rule("suicide", RiskPhrases.Suicide.IndexIn(words)) ?? Together(RiskRules.SelfHarm, words),
        RiskSignal.Violence => Rule("violence", RiskPhrases.Violence.IndexIn(words)) ?? Together(RiskRules.Violence, words),
        RiskSignal.ChildInDanger => ChildInDanger(words, childNamed),
        _ => null,
    };

    private static string? Rule(string list, int index) => index < 0 ? null : $"{list} #{index}";

    private static string? Together((string Name, AllOf Rule)[] rules, IReadOnlyList<string> words) =>
        rules.FirstOrDefault(r => r.Rule.IsFoundIn(words)) is { Name: { } name, Rule: { } rule } ? $"together: {name} {rule.Explain(words)}" : null;

    /// <summary>
    /// A child is named or is the one writing, and someone is drunk or high, violent, or the child is not safe;
    /// or a child writes that a parent drinks or uses drugs.
    /// </summary>
    private static string? ChildInDanger(IReadOnlyList<string> words, bool childNamed)
    {
        if (childNamed)
        {
            if (Together(RiskRules.ChildDanger, words) is { } together)
            {
                return "child + " + together;
            }

            if (ChildPhrases.Intoxicated.IndexIn(words) is var drunk and >= 0)
            {
                return $"child + intoxicated #{drunk}";
            }

            if (ChildPhrases.Unsafe.IndexIn(words) is var unsafeAt and >= 0)
            {
                return $"child + unsafe #{unsafeAt}";
            }

            if (RiskPhrases.Violence.IndexIn(words) is var violence and >= 0)
            {
                return $"child + violence #{violence}";
            }
        }

        return ChildPhrases.Speaker.IsFoundIn(words) && ChildPhrases.ParentUses.IndexIn(words) is var uses and >= 0 ? $"child speaking + parent uses #{uses}" : null;
    }
}
