using Intake.Bot.Audit;
using Intake.Bot.Dudit;
using Intake.Bot.Pgsi;
using Intake.Bot.SelfTests;

namespace Intake.Bot.Tests.SelfTests;

public sealed class SelfTestLimitsTests
{
    [Fact]
    public void Choices_AuditHasItsProfiles_DuditWomenMenOrNotGiven_PgsiNone()
    {
        var limits = SelfTestLimits.Default;

        Assert.Equal(["municipality", "women", "men"], limits.Choices(SelfTestKind.Alcohol).Select(c => c.Name));
        Assert.Equal([DuditLimits.Women, DuditLimits.Men, DuditLimits.NotGiven], limits.Choices(SelfTestKind.Drugs).Select(c => c.Name));
        Assert.Empty(limits.Choices(SelfTestKind.Gambling));
    }

    [Fact]
    public void DefaultChoice_IsAuditsFirstProfile_AndDuditWithoutASex()
    {
        Assert.Equal("municipality", SelfTestLimits.Default.DefaultChoice(SelfTestKind.Alcohol));
        Assert.Equal(DuditLimits.NotGiven, SelfTestLimits.Default.DefaultChoice(SelfTestKind.Drugs));
    }

    [Theory]
    [InlineData(nameof(SelfTestKind.Alcohol), 14, "municipality", "risk")]
    [InlineData(nameof(SelfTestKind.Drugs), 4, "men", "no-problems")]
    [InlineData(nameof(SelfTestKind.Drugs), 4, "not-given", "problems")]
    [InlineData(nameof(SelfTestKind.Gambling), 8, "", "problem")]
    public void Read_EachTest_GivesItsLevel(string kind, int score, string choice, string level) =>
        Assert.Equal(level, SelfTestLimits.Default.Read(Enum.Parse<SelfTestKind>(kind), score, choice).Level);

    [Fact]
    public void New_WithLimitsOutOfOrder_ThrowsNamingTheTest()
    {
        var dudit = Assert.Throws<ArgumentException>(() => new SelfTestLimits(AuditProfile.Defaults, new DuditLimits(2, 30, 25), PgsiLimits.Default));
        var pgsi = Assert.Throws<ArgumentException>(() => new SelfTestLimits(AuditProfile.Defaults, DuditLimits.Default, new PgsiLimits(1, 8, 3)));
        var audit = Assert.Throws<ArgumentException>(() => new SelfTestLimits([], DuditLimits.Default, PgsiLimits.Default));

        Assert.Contains("DUDIT", dudit.Message, StringComparison.Ordinal);
        Assert.Contains("PGSI", pgsi.Message, StringComparison.Ordinal);
        Assert.Contains("AUDIT", audit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StaffNote_IsSwedishWithTheTestTheScoreTheLevelAndTheLimits() =>
        Assert.Equal(
            "Självtest PGSI i chatten: 5 av 27 poäng, måttlig risk (Gränserna: låg risk 1–2 poäng, måttlig risk 3–7 poäng, spelproblem från 8 poäng.)",
            SelfTestLimits.Default.Read(SelfTestKind.Gambling, 5, null).StaffNote("i chatten"));
}
