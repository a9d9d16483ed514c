using System.Net;
using Intake.Bot.SelfTests;
using Intake.Bot.Tests.Infrastructure;
using Intake.Core.Localization;
using Intake.Core.Submissions;
using Intake.Functions.Email.Templates;
using Intake.Functions.Pages;
using Intake.Functions.Tests.Email;
using Intake.Functions.Tests.Infrastructure;
using Intake.Functions.Tests.Pages;

namespace Intake.Functions.Tests.Municipality;

/// <summary>
/// Another municipality deploys Intake with its own facts (Exempelby: Medborgarservice 0999-12 34 56, Ankaret, Fyren,
/// Tallbacken, the hospital's addiction clinic): no text, page or e-mail names Östersund's (063-14 30 00 in any spacing,
/// Östersund, Nexus, Fjärilen, Björkebo, the hospital's clinic, Kundcenter, Team Vuxen) or leaves a <c>{Name}</c>.
/// </summary>
public sealed class SecondMunicipalityTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void EveryText_RenderedForASecondMunicipality_NamesNoneOfOstersundsFacts()
    {
        var texts = TextCatalog.Every();

        Assert.All(texts, t =>
        {
            var rendered = Municipalities.Exempelby.Render(t.Text);
            Assert.True(!Municipalities.OstersundFactsIn(rendered.Swedish).Any() && !Municipalities.OstersundFactsIn(rendered.English).Any(),
                $"{t.Where}: {string.Join(", ", Municipalities.OstersundFactsIn(rendered.Swedish + "\n" + rendered.English))}\n{rendered.Swedish}\n{rendered.English}");
        });
    }

    /// <summary>The catalogue finds texts wherever they are kept: a dictionary (the FAQ answers), static fields
    /// (BotTexts, PageTexts), a method per level (the self-tests' results), the question model.</summary>
    [Fact]
    public void TextCatalog_FindsTheTextsWhereverTheyAreKept()
    {
        var found = TextCatalog.Every().Select(t => t.Text).ToHashSet();

        Assert.All(global::Intake.Bot.Faq.FaqAnswers.Topics, topic => Assert.Contains(global::Intake.Bot.Faq.FaqAnswers.Answer(topic), found));
        Assert.Contains(global::Intake.Bot.Dialogs.BotTexts.Help, found);
        Assert.Contains(global::Intake.Bot.Dialogs.BotTexts.TalkOpen, found);
        Assert.Contains(global::Intake.Bot.Audit.AuditResults.For(global::Intake.Bot.Audit.AuditLevel.Dependence), found);
        Assert.Contains(global::Intake.Bot.Dudit.DuditResults.For(global::Intake.Bot.Dudit.DuditLevel.Dependence), found);
        Assert.Contains(global::Intake.Bot.Pgsi.PgsiResults.For(global::Intake.Bot.Pgsi.PgsiLevel.Problem), found);
        Assert.Contains(global::Intake.Bot.Dialogs.SelfTestPrompts.Intro(SelfTestKind.Gambling), found);
        Assert.Contains(PageTexts.KundcenterQuestions, found);
        Assert.Contains(SelfTestPageTexts.Offer(SelfTestKind.Drugs), found);
        Assert.Contains(QuestionCatalog.RelativeSupportRequest.Questions.Single(q => q.Id == "childrenAffected").Hint!, found);
        Assert.True(found.Count > 300, $"only {found.Count} texts found");
    }

    [Fact]
    public async Task EveryPage_ForASecondMunicipality_NamesNoneOfOstersundsFacts()
    {
        await using var app = new IntakeApp(new TestStorage(azurite), extraSettings: Municipalities.ExempelbySettings);
        var pages = new List<(string What, string Html)>();

        foreach (var route in PageRoutes.All)
        {
            pages.Add(("GET " + route.Path, await app.Http.GetStringAsync(route.Path, Ct)));
        }

        pages.Add(("GET /finns-inte", await (await app.Http.GetAsync("/finns-inte", Ct)).Content.ReadAsStringAsync(Ct)));
        pages.Add(("GET /en/missing", await (await app.Http.GetAsync("/en/missing", Ct)).Content.ReadAsStringAsync(Ct)));
        foreach (var route in PageRoutes.All.Where(r => r.Page == PageKind.Form))
        {
            var form = HtmlDocument.Parse(await app.Http.GetStringAsync(route.Path, Ct));
            var response = await app.Http.SendAsync(BrowserForm.Post(route.Path, BrowserForm.Fill(form, [])), Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            pages.Add(("POST " + route.Path, await response.Content.ReadAsStringAsync(Ct)));
        }

        foreach (var route in PageRoutes.All.Where(r => r.Page == PageKind.SelfTest))
        {
            var test = SelfTestInstrument.For(route.Test!.Value);
            foreach (var score in new[] { 0, 1, 3, 8, 16, 25, test.MaxScore }.Where(s => s <= test.MaxScore))
            {
                var response = await app.Http.SendAsync(BrowserForm.Post(route.Path, SelfTestPageTests.Answers(test, score, string.Empty)), Ct);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                pages.Add(($"POST {route.Path} ({score} points)", await response.Content.ReadAsStringAsync(Ct)));
            }
        }

        Assert.All(pages, p => Assert.True(!Municipalities.OstersundFactsIn(p.Html).Any(),
            $"{p.What}: {string.Join(", ", Municipalities.OstersundFactsIn(p.Html))}"));
        Assert.Contains("Medborgarservice", pages[0].Html, StringComparison.Ordinal);
        Assert.Contains("tel:+46999123456", pages[0].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryEmail_ForASecondMunicipality_NamesNoneOfOstersundsFacts()
    {
        var emails = new List<(string What, string Text)>();
        foreach (var kind in SubmissionKinds.All)
        {
            foreach (var language in new[] { Language.Swedish, Language.English })
            {
                foreach (var within24Hours in new[] { false, true })
                {
                    var rendered = AcknowledgementTemplate.Render(
                        TemplateFixtures.Model(Municipalities.Exempelby, kind, language, within24Hours, "alcohol", "drugs", "gambling", "other"));
                    emails.Add(($"acknowledgement {kind} {language} {within24Hours}", rendered.Subject + "\n" + rendered.PlainText + "\n" + rendered.Html));
                }
            }
        }

        var notice = TeamNoticeTemplate.Render(
            new TeamNoticeModel(TemplateFixtures.Reference, true, DateTimeOffset.UnixEpoch, new Uri("https://intake.example/staff/"), Municipalities.Exempelby.MunicipalityName),
            Core.Scheduling.WorkingCalendar.Stockholm);
        emails.Add(("team notice", notice.Subject + "\n" + notice.PlainText + "\n" + notice.Html));

        Assert.All(emails, e => Assert.True(!Municipalities.OstersundFactsIn(e.Text).Any(), $"{e.What}: {string.Join(", ", Municipalities.OstersundFactsIn(e.Text))}"));
        Assert.Contains("Medborgarservice", emails[0].Text, StringComparison.Ordinal);
        Assert.Contains("0999-12 34 56", emails[0].Text, StringComparison.Ordinal);
        Assert.Contains("Exempelby kommun", emails[0].Text, StringComparison.Ordinal);
    }
}
