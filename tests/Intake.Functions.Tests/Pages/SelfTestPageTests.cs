using System.Globalization;
using System.Net;
using Intake.Bot.SelfTests;
using Intake.Functions.Pages;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Pages;

/// <summary>
/// The self-test pages without JavaScript (a plain form post, as a browser sends it): the questions, the result with
/// its level at every limit, what is missing, and that nothing of it is stored or queued.
/// </summary>
public sealed class SelfTestPageTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> SelfTestPages() => [.. PageRoutes.All.Where(r => r.Page == PageKind.SelfTest).Select(r => r.Path)];

    [Theory]
    [MemberData(nameof(SelfTestPages))]
    public async Task Page_AsksEveryQuestionAsAGroupOfRadioButtons_AndNeedsNoScript(string path)
    {
        await using var app = new IntakeApp(new TestStorage(azurite));
        var route = PageRoutes.All.Single(r => r.Path == path);
        var test = SelfTestInstrument.For(route.Test!.Value);

        var page = HtmlDocument.Parse(await app.Http.GetStringAsync(path, Ct));

        var form = page.ById("selftest-form")!;
        Assert.Equal(("post", path), (form["method"], form["action"]));
        Assert.Empty(page.All("script"));
        foreach (var question in test.Questions)
        {
            var field = page.ById($"field-q{question.Number}")!;
            var legend = Assert.Single(field.All("legend"));
            Assert.EndsWith(question.Text[route.Language], legend.Text, StringComparison.Ordinal);
            var radios = field.All("input").ToList();
            Assert.All(radios, r => Assert.Equal(("radio", $"q{question.Number}"), (r["type"], r["name"])));
            Assert.Equal(Enumerable.Range(0, question.Answers.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)), radios.Select(r => r["value"]));
            Assert.Equal(question.Answers.Select(a => a.Label[route.Language]), radios.Select(r => page.All("label").Single(l => l["for"] == r["id"]).Text));
        }

        Assert.Contains(route.Language == Core.Localization.Language.English ? "not kept" : "sparas inte", page.ById("main")!.Text, StringComparison.Ordinal);
        var limits = page.All("input").Where(i => i["name"] == "limits").Select(i => i["value"]).ToList();
        Assert.Equal(route.Test switch
        {
            SelfTestKind.Alcohol => ["municipality", "women", "men"],
            SelfTestKind.Drugs => ["women", "men", "not-given"],
            _ => [],
        }, limits);
    }

    [Theory]
    [InlineData("/", "/sjalvtest/alkohol", "/sjalvtest/droger", "/sjalvtest/spel")]
    [InlineData("/en", "/en/self-test/alcohol", "/en/self-test/drugs", "/en/self-test/gambling")]
    public async Task StartPage_LinksTheThreeSelfTestsInItsLanguage(string start, string alcohol, string drugs, string gambling)
    {
        await using var app = new IntakeApp(new TestStorage(azurite));

        var page = HtmlDocument.Parse(await app.Http.GetStringAsync(start, Ct));

        Assert.Equal([alcohol, drugs, gambling], page.ById("self-tests")!.All("a").Select(a => a["href"]));
    }

    /// <summary>Every limit from both sides, through the page: DUDIT by sex and without one, PGSI's categories, AUDIT's profiles.</summary>
    [Theory]
    [InlineData("/sjalvtest/droger", 1, "", "no-problems", "Utan angivet kön jämförs resultatet med den lägre gränsen")]
    [InlineData("/sjalvtest/droger", 2, "", "problems", "Utan angivet kön jämförs resultatet med den lägre gränsen")]
    [InlineData("/sjalvtest/droger", 2, "women", "problems", "Gränsen för kvinnor: drogrelaterade problem från 2 poäng")]
    [InlineData("/sjalvtest/droger", 5, "men", "no-problems", "Gränsen för män: drogrelaterade problem från 6 poäng")]
    [InlineData("/sjalvtest/droger", 6, "men", "problems", "Gränsen för män")]
    [InlineData("/en/self-test/drugs", 24, "women", "problems", "The limit for women")]
    [InlineData("/en/self-test/drugs", 25, "men", "dependence", "probable dependence from 25 points")]
    [InlineData("/en/self-test/drugs", 44, "", "dependence", "With no sex given")]
    [InlineData("/sjalvtest/spel", 0, "", "no-problem", "Gränserna: låg risk 1–2 poäng, måttlig risk 3–7 poäng, spelproblem från 8 poäng.")]
    [InlineData("/sjalvtest/spel", 1, "", "low-risk", "Gränserna")]
    [InlineData("/sjalvtest/spel", 2, "", "low-risk", "Gränserna")]
    [InlineData("/sjalvtest/spel", 3, "", "moderate-risk", "Gränserna")]
    [InlineData("/en/self-test/gambling", 7, "", "moderate-risk", "The limits")]
    [InlineData("/en/self-test/gambling", 8, "", "problem", "The limits")]
    [InlineData("/en/self-test/gambling", 27, "", "problem", "The limits")]
    [InlineData("/sjalvtest/alkohol", 6, "women", "risk", "Gränserna för kvinnor i vården")]
    [InlineData("/sjalvtest/alkohol", 6, "", "low", "Kommunens gränser")]
    [InlineData("/en/self-test/alcohol", 7, "municipality", "risk", "The municipality's limits")]
    [InlineData("/en/self-test/alcohol", 21, "men", "dependence", "Health care's limits for men")]
    public async Task PlainPost_Answers_ShowTheScoreItsLevelTheLimitsAndWhereToTurn(string path, int score, string limits, string level, string limitsText)
    {
        await using var app = new IntakeApp(new TestStorage(azurite));
        var route = PageRoutes.All.Single(r => r.Path == path);
        var test = SelfTestInstrument.For(route.Test!.Value);
        var english = route.Language == Core.Localization.Language.English;

        var response = await app.Http.SendAsync(BrowserForm.Post(path, Answers(test, score, limits)), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var page = HtmlDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(level, page.ById("selftest-result")!["data-level"]);
        Assert.Equal(english ? $"You scored {score} out of {test.MaxScore}." : $"Du fick {score} av {test.MaxScore} poäng.", page.ById("score")!.Text);
        Assert.Contains(limitsText, page.ById("limits")!.Text, StringComparison.Ordinal);
        Assert.Contains(english ? "This is a self-test, not a diagnosis." : "Det här är ett självtest, ingen diagnos.", page.ById("not-a-diagnosis")!.Text, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(page.ById("meaning")!.Text));
        var offer = page.ById("offer")!;
        var links = offer.All("a").Select(a => a["href"]).ToList();
        Assert.Contains(english ? "/en/support" : "/stod", links);
        Assert.Contains("tel:+4663143000", links);
        // The national line for the test's topic, from Contact:Helplines (Alkoholhjälpen, Droghjälpen, Stödlinjen).
        Assert.Contains(route.Test switch { SelfTestKind.Alcohol => "tel:+4620844448", SelfTestKind.Drugs => "tel:+4620919191", _ => "tel:+4620819100" }, links);
        Assert.Null(page.ById("selftest-form"));
        Assert.Equal(page.ById("result-title"), Assert.Single(page.All("h1")));
    }

    [Fact]
    public async Task PlainPost_AuditNeverDrinking_SkipsTwoToEight_WhateverWasChosenThere()
    {
        await using var app = new IntakeApp(new TestStorage(azurite));
        // Never (question 1), a stray "daily" on question 5, "yes, during the last year" on 9 and 10.
        string[] answers = ["q1=0", "q5=4", "q9=2", "q10=2"];

        var response = await app.Http.SendAsync(BrowserForm.Post("/sjalvtest/alkohol", Pairs(answers)), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = HtmlDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Du fick 8 av 40 poäng.", page.ById("score")!.Text);
        Assert.Equal("risk", page.ById("selftest-result")!["data-level"]);
    }

    [Fact]
    public async Task PlainPost_WithQuestionsUnanswered_ComesBackWithEachListedAndEverythingChosenStillChosen()
    {
        await using var app = new IntakeApp(new TestStorage(azurite));

        var response = await app.Http.SendAsync(BrowserForm.Post("/sjalvtest/spel", Pairs(["q1=2", "q3=1", "q4=3", "q5=0", "q6=0", "q7=0", "q8=0"])), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = HtmlDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.StartsWith("Fel: ", page.All("title").Single().Text, StringComparison.Ordinal);
        var summary = page.ById("error-summary")!;
        Assert.Equal(summary, page.ById("main")!.Descendants().First());
        Assert.True(summary.Has("autofocus"));
        Assert.Equal(["#q2", "#q9"], summary.All("a").Select(a => a["href"]));
        Assert.Equal(["Välj ett svar på fråga 2.", "Välj ett svar på fråga 9."], summary.All("a").Select(a => a.Text));
        Assert.Equal("true", page.ById("q2")!["aria-invalid"]);
        Assert.Contains("q2-error", page.ById("field-q2")!.All("fieldset").Single()["aria-describedby"], StringComparison.Ordinal);
        Assert.True(page.ById("q1-2")!.Has("checked"));
        Assert.True(page.ById("q4-3")!.Has("checked"));
        Assert.DoesNotContain(page.All("input"), i => i.Has("checked") && i["name"] is "q2" or "q9");
        Assert.Null(page.ById("selftest-result"));
    }

    [Fact]
    public async Task PlainPost_FromAnotherSite_IsRefusedWithTheTestAgain()
    {
        await using var app = new IntakeApp(new TestStorage(azurite));

        var response = await app.Http.SendAsync(BrowserForm.Post("/en/self-test/drugs", Answers(SelfTestInstrument.Dudit, 10, string.Empty), site: "cross-site"), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = HtmlDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("The form could not be sent", page.ById("error-summary-title")!.Text);
        Assert.Null(page.ById("selftest-result"));
        Assert.NotNull(page.ById("selftest-form"));
    }

    /// <summary>
    /// Every test in both languages, answered: nothing in any table, nothing on any queue. The event that would have
    /// carried a stored row on is routing: a real request sent afterwards is waited for until its ticket is made, and
    /// then it is the one row and the one message there are.
    /// </summary>
    [Fact]
    public async Task PlainPosts_OfEveryTest_StoreAndQueueNothing()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        foreach (var route in PageRoutes.All.Where(r => r.Page == PageKind.SelfTest))
        {
            var test = SelfTestInstrument.For(route.Test!.Value);
            var result = await app.Http.SendAsync(BrowserForm.Post(route.Path, Answers(test, test.MaxScore / 2, string.Empty)), Ct);
            Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        }

        var form = HtmlDocument.Parse(await app.Http.GetStringAsync("/stod", Ct));
        var receipt = await app.Http.SendAsync(BrowserForm.Post("/stod", BrowserForm.Fill(form, FormPostTests.Answers(
            ["name=Bo Berg", "phone=070-123 45 67", "areas=drugs", "adult=true", "consent=true"]))), Ct);
        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        Assert.True(await TestStorage.EventuallyAsync(async () => (await storage.MessagesAsync(storage.TeamQueue("team-vuxen"))).Count == 1), "the real request was never routed");
        Assert.True(await storage.DrainedAsync(storage.IntakeQueue));

        var submission = Assert.Single(await storage.EntitiesAsync(storage.SubmissionsTable));
        Assert.DoesNotContain("DUDIT", submission.GetString("Answers") ?? string.Empty, StringComparison.Ordinal);
        Assert.Single(await storage.EntitiesAsync(storage.TicketsTable));
        Assert.Empty(await storage.EntitiesAsync(storage.ConversationsTable));
        Assert.Empty(await storage.MessagesAsync(storage.EmailOutboxQueue));
        Assert.Single(await storage.MessagesAsync(storage.TeamQueue("team-vuxen")));
        foreach (var team in TestStorage.Teams.Where(t => t != "team-vuxen"))
        {
            Assert.Empty(await storage.MessagesAsync(storage.TeamQueue(team)));
        }
    }

    /// <summary>The answers a person would choose to score <paramref name="score"/>: points from the first question on.</summary>
    internal static List<KeyValuePair<string, string>> Answers(SelfTestInstrument test, int score, string limits)
    {
        var left = score;
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var question in test.Questions)
        {
            var index = question.Answers.Select((a, i) => (a.Score, i)).Last(x => x.Score <= left).i;
            left -= question.Answers[index].Score;
            pairs.Add(new($"q{question.Number}", index.ToString(CultureInfo.InvariantCulture)));
        }

        Assert.Equal(0, left);
        if (limits.Length > 0)
        {
            pairs.Add(new("limits", limits));
        }

        return pairs;
    }

    private static List<KeyValuePair<string, string>> Pairs(string[] pairs) =>
        [.. pairs.Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, string>(p[0], p[1]))];
}
