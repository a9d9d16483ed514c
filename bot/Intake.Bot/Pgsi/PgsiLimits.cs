using Intake.Bot.SelfTests;
using Intake.Core.Localization;

namespace Intake.Bot.Pgsi;

/// <summary>
/// Where PGSI's categories start, in points (a score at or above a limit reaches it). Bound from configuration
/// (<c>Bot:SelfTest:Pgsi</c>); the defaults are the index's own: 0 no problem, 1–2 low risk, 3–7 moderate risk, 8 or
/// more problem gambling. The same for everyone.
/// </summary>
internal sealed record PgsiLimits(int LowRiskFrom, int ModerateRiskFrom, int ProblemFrom)
{
    public static PgsiLimits Default { get; } = new(LowRiskFrom: 1, ModerateRiskFrom: 3, ProblemFrom: 8);

    /// <summary>"Gränserna: låg risk 1–2 poäng, måttlig risk 3–7 poäng, spelproblem från 8 poäng."</summary>
    public LocalizedText Description
    {
        get
        {
            var low = SelfTestTexts.Range(LowRiskFrom, ModerateRiskFrom - 1);
            var moderate = SelfTestTexts.Range(ModerateRiskFrom, ProblemFrom - 1);
            var problem = SelfTestTexts.From(ProblemFrom);
            return new(
                $"Gränserna: låg risk {low.Swedish}, måttlig risk {moderate.Swedish}, spelproblem {problem.Swedish}.",
                $"The limits: low risk {low.English}, moderate risk {moderate.English}, problem gambling {problem.English}.");
        }
    }

    /// <summary>Limits must rise within the 0–27 scale: 1 ≤ low &lt; moderate &lt; problem ≤ 27.</summary>
    public void EnsureValid()
    {
        var max = SelfTestInstrument.Pgsi.MaxScore;
        if (LowRiskFrom < 1 || LowRiskFrom >= ModerateRiskFrom || ModerateRiskFrom >= ProblemFrom || ProblemFrom > max)
        {
            throw new ArgumentException(
                $"PGSI limits need 1 ≤ low risk ({LowRiskFrom}) < moderate risk ({ModerateRiskFrom}) < problem gambling ({ProblemFrom}) ≤ {max}.");
        }
    }
}
