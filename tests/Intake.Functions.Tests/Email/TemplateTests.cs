using Intake.Core.Localization;
using Intake.Core.Submissions;
using Intake.Functions.Email.Templates;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Email;

public sealed class TemplateTests
{
    private static readonly string GoldenDirectory = Path.Combine(Samples.RepoRoot, "tests", "Intake.Functions.Tests", "Email", "Golden");

    public static TheoryData<string, SubmissionKind, Language, bool, string[]> Goldens() => new()
    {
        { "acknowledgement-support.sv", SubmissionKind.SupportRequest, Language.Swedish, false, ["alcohol"] },
        { "acknowledgement-support.en", SubmissionKind.SupportRequest, Language.English, false, ["alcohol"] },
        { "acknowledgement-concern-child.sv", SubmissionKind.Concern, Language.Swedish, true, ["drugs", "gambling"] },
        { "acknowledgement-concern-child.en", SubmissionKind.Concern, Language.English, true, ["drugs", "gambling"] },
        { "acknowledgement-relative.sv", SubmissionKind.RelativeSupportRequest, Language.Swedish, false, [] },
    };

    /// <summary>Set UPDATE_GOLDEN=1 to rewrite the files after a deliberate change, then review the diff.</summary>
    [Theory]
    [MemberData(nameof(Goldens))]
    public void Acknowledgement_RendersExactlyTheReviewedText(string name, SubmissionKind kind, Language language, bool within24Hours, string[] areas)
    {
        var rendered = AcknowledgementTemplate.Render(TemplateFixtures.Model(kind, language, within24Hours, areas));

        AssertGolden(name + ".txt", "Subject: " + rendered.Subject + "\r\n\r\n" + rendered.PlainText);
        AssertGolden(name + ".html", rendered.Html);
    }

    [Fact]
    public void TeamNotice_RendersExactlyTheReviewedText()
    {
        var model = new TeamNoticeModel(TemplateFixtures.Reference, true, new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero),
            new Uri("https://intake.example/staff/tickets/" + TemplateFixtures.Reference.Value), "Östersunds kommun");

        var rendered = TeamNoticeTemplate.Render(model, Core.Scheduling.WorkingCalendar.Stockholm);

        AssertGolden("team-notice.txt", "Subject: " + rendered.Subject + "\r\n\r\n" + rendered.PlainText);
        Assert.Contains("kl. 10.30", rendered.PlainText, StringComparison.Ordinal);  // Stockholm time, not UTC
    }

    [Fact]
    public void Acknowledgement_EveryVariant_HasANeutralSubjectAndTellsNothingBeyondTheHelplineNames()
    {
        var areaSets = new[] { new[] { "alcohol" }, ["drugs"], ["gambling"], ["other"], ["alcohol", "drugs", "gambling", "other"] };
        var helplineNames = TemplateFixtures.ShippedContact().Helplines.Select(h => h.Name).ToList();
        foreach (var kind in SubmissionKinds.All)
        {
            foreach (var language in new[] { Language.Swedish, Language.English })
            {
                foreach (var areas in areaSets)
                {
                    foreach (var within24Hours in new[] { false, true })
                    {
                        var rendered = AcknowledgementTemplate.Render(TemplateFixtures.Model(kind, language, within24Hours, areas));
                        Assert.Empty(TemplateFixtures.BannedWordsIn(rendered.Subject));

                        // The body may name the support lines that fit (the issue asks for them); nothing else may hint.
                        var body = helplineNames.Aggregate(rendered.PlainText + System.Net.WebUtility.HtmlDecode(rendered.Html), (text, name) => text.Replace(name, "LINE", StringComparison.Ordinal));
                        Assert.Empty(TemplateFixtures.BannedWordsIn(body));
                        Assert.Contains(TemplateFixtures.Reference.ToString(), rendered.PlainText, StringComparison.Ordinal);
                        Assert.Contains("112", rendered.PlainText, StringComparison.Ordinal);
                        Assert.Contains("90101", rendered.PlainText, StringComparison.Ordinal);
                        Assert.Contains("063-14 30 00", rendered.PlainText, StringComparison.Ordinal);
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("alcohol", "Alkoholhjälpen")]
    [InlineData("drugs", "Droghjälpen")]
    [InlineData("gambling", "Stödlinjen")]
    public void Acknowledgement_ListsTheLineThatFitsWhatTheyWroteAbout(string area, string line)
    {
        var rendered = AcknowledgementTemplate.Render(TemplateFixtures.Model(SubmissionKind.SupportRequest, Language.Swedish, false, area));
        var others = new[] { "Alkoholhjälpen", "Droghjälpen", "Stödlinjen" }.Where(l => l != line);

        Assert.Contains(line, rendered.PlainText, StringComparison.Ordinal);
        Assert.All(others, o => Assert.DoesNotContain(o, rendered.PlainText, StringComparison.Ordinal));
        Assert.DoesNotContain("BRIS", rendered.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Acknowledgement_WhereAChildIsConcerned_ListsBrisAndThe24HourAssessment()
    {
        var rendered = AcknowledgementTemplate.Render(TemplateFixtures.Model(SubmissionKind.Concern, Language.Swedish, true, "alcohol"));

        Assert.Contains("BRIS: ring 116 111.", rendered.PlainText, StringComparison.Ordinal);
        Assert.Contains("inom 24 timmar", rendered.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Acknowledgement_Html_EncodesEveryText()
    {
        var model = TemplateFixtures.Model(SubmissionKind.SupportRequest, Language.Swedish, false, "alcohol") with { Signature = "<script>alert(1)</script> & Co" };

        var rendered = AcknowledgementTemplate.Render(model);

        Assert.DoesNotContain("<script>", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"sv\">", rendered.Html, StringComparison.Ordinal);
    }

    private static void AssertGolden(string file, string actual)
    {
        var path = Path.Combine(GoldenDirectory, file);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"No golden file {file}: run with UPDATE_GOLDEN=1 once and review it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
