using System.Text.Json;
using Intake.Bot.Audit;
using Intake.Bot.Dialogs;
using Intake.Bot.Tests.Infrastructure;
using Intake.Core.Localization;
using Intake.Core.Submissions;

namespace Intake.Bot.Tests.Dialogs;

public sealed class ConversationTests
{
    /// <summary>Sunday 22 November 2026, 03:00 in Stockholm: Kundcenter is closed until Monday 08:00.</summary>
    private static readonly DateTimeOffset Night = new(2026, 11, 22, 3, 0, 0, TimeSpan.FromHours(1));

    /// <summary>Monday 23 November 2026, 10:00 in Stockholm.</summary>
    private static readonly DateTimeOffset OfficeHours = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1));

    public static TheoryData<string> Scripts() => new(ConversationScripts.All.Keys);

    public static TheoryData<string> OfficeHourScripts() => new(ConversationScripts.InOfficeHours.Keys);

    private static DialogEngine Engine(ISubmissionPort port, DateTimeOffset at, IReadOnlyList<AuditProfile>? profiles = null) =>
        new(port, new DialogSettings(new TestClock(at), DialogSettings.DefaultKundcenter, profiles ?? AuditProfile.Defaults, Municipalities.Ostersund));

    [Theory]
    [MemberData(nameof(Scripts))]
    public Task Conversation_Script_BotAnswersAsWritten(string name) => RunScriptAsync(name, ConversationScripts.All[name], Night);

    [Theory]
    [MemberData(nameof(OfficeHourScripts))]
    public Task Conversation_ScriptInOfficeHours_BotAnswersAsWritten(string name) => RunScriptAsync(name, ConversationScripts.InOfficeHours[name], OfficeHours);

    private static async Task RunScriptAsync(string name, (string User, string[] Bot)[] script, DateTimeOffset at)
    {
        var port = new RecordingSubmissions();
        var engine = Engine(port, at);
        var state = new DialogState();

        foreach (var (user, expected) in script)
        {
            var replies = await engine.TurnAsync(state, user, TestContext.Current.CancellationToken);
            var said = string.Join("\n", replies.Select(r => r.Text + " [" + string.Join(" | ", r.Choices) + "]"));
            foreach (var fragment in expected)
            {
                if (fragment.StartsWith('!'))
                {
                    Assert.False(said.Contains(fragment[1..], StringComparison.Ordinal), $"{name}: after \"{user}\" the bot must not say \"{fragment[1..]}\" but said:\n{said}");
                }
                else
                {
                    Assert.True(said.Contains(fragment, StringComparison.Ordinal), $"{name}: after \"{user}\" expected \"{fragment}\" in:\n{said}");
                }
            }
        }
    }

    [Fact]
    public async Task Conversation_SupportRequest_SendsExactlyWhatWasAnswered()
    {
        var port = new RecordingSubmissions();
        var engine = new DialogEngine(port, new DialogSettings(TimeProvider.System, DialogSettings.DefaultKundcenter, AuditProfile.Defaults, Municipalities.Ostersund));
        var state = new DialogState();
        foreach (var (user, _) in ConversationScripts.All["support-request-sv"])
        {
            await engine.TurnAsync(state, user, TestContext.Current.CancellationToken);
        }

        var (kind, input, language) = Assert.Single(port.Calls);
        Assert.Equal((SubmissionKind.SupportRequest, Language.Swedish), (kind, language));
        var result = SubmissionValidator.Validate(QuestionCatalog.SupportRequest, input, new DateOnly(2026, 11, 22));
        Assert.True(result.IsValid, string.Join(", ", result.Errors));
        Assert.Equal("bo.berg@example.se", result.Answers!.Get("email"));
        Assert.Equal(["alcohol", "gambling"], result.Answers.GetAll("areas"));
        Assert.Equal("morning", result.Answers.Get("contactTime"));
        Assert.False(result.Answers.Has("personIdentityNumber"));
        Assert.Null(state.Kind);
        Assert.Equal("TEST-REF1-2345", state.LastReference);
    }

    [Fact]
    public async Task Conversation_StorageUnavailable_KeepsEverythingAndSendsOnTheNextTry()
    {
        var port = new RecordingSubmissions { Unavailable = true };
        var engine = new DialogEngine(port, new DialogSettings(TimeProvider.System, DialogSettings.DefaultKundcenter, AuditProfile.Defaults, Municipalities.Ostersund));
        var state = new DialogState();
        var script = ConversationScripts.All["support-request-sv"];
        foreach (var (user, _) in script.SkipLast(1))
        {
            await engine.TurnAsync(state, user, TestContext.Current.CancellationToken);
        }

        var failed = await engine.TurnAsync(state, "skicka", TestContext.Current.CancellationToken);
        port.Unavailable = false;
        var sent = await engine.TurnAsync(state, "skicka", TestContext.Current.CancellationToken);

        Assert.Contains(failed, r => r.Text.Contains("Det du skrivit finns kvar", StringComparison.Ordinal));
        Assert.Contains(sent, r => r.Text.Contains("TEST-REF1-2345", StringComparison.Ordinal));
        Assert.Equal(2, port.Attempts);
        Assert.Single(port.Calls);
    }

    [Fact]
    public async Task SelfTest_Declined_LeavesNoAnswerNoScoreAndNoSubmission()
    {
        var port = new RecordingSubmissions();
        var engine = Engine(port, Night);
        var state = new DialogState();
        foreach (var (user, _) in ConversationScripts.All["self-test-attached-to-a-support-request"].Take(12))
        {
            await engine.TurnAsync(state, user, TestContext.Current.CancellationToken);
        }

        Assert.NotNull(state.SelfTestResult);   // shown, waiting for the person's choice
        await engine.TurnAsync(state, "Nej tack", TestContext.Current.CancellationToken);

        Assert.Null(state.SelfTest);
        Assert.Null(state.SelfTestResult);
        var stored = JsonSerializer.Serialize(state);
        Assert.DoesNotContain("14", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Risk", stored, StringComparison.Ordinal);
        Assert.Empty(port.Calls);
        Assert.Equal(0, port.Attempts);
    }

    [Fact]
    public async Task SelfTest_AppliedWithoutTheResult_SendsNothingOfTheTest()
    {
        var port = new RecordingSubmissions();
        var engine = Engine(port, Night);
        var state = new DialogState();
        var script = ConversationScripts.All["self-test-attached-to-a-support-request"];
        foreach (var (user, _) in script.Take(12))
        {
            await engine.TurnAsync(state, user, TestContext.Current.CancellationToken);
        }

        var replies = await engine.TurnAsync(state, "Ansök utan resultatet", TestContext.Current.CancellationToken);
        Assert.Null(state.SelfTestResult);
        foreach (var (user, _) in script.Skip(13))
        {
            replies = await engine.TurnAsync(state, user, TestContext.Current.CancellationToken);
        }

        var (_, input, _) = Assert.Single(port.Calls);
        Assert.DoesNotContain(input.Fields, f => f.Value is RawValue.Text t && t.Value.Contains("AUDIT", StringComparison.Ordinal));
        Assert.Contains(replies, r => r.Text.Contains("TEST-REF1-2345", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SelfTest_Attached_ReachesTheSocialWorkerInSwedishInTheMessage()
    {
        var port = new RecordingSubmissions();
        var engine = Engine(port, Night);
        var state = new DialogState();
        foreach (var (user, _) in ConversationScripts.All["self-test-attached-to-a-support-request"])
        {
            await engine.TurnAsync(state, user, TestContext.Current.CancellationToken);
        }

        var (kind, input, _) = Assert.Single(port.Calls);
        Assert.Equal(SubmissionKind.SupportRequest, kind);
        var result = SubmissionValidator.Validate(QuestionCatalog.SupportRequest, input, new DateOnly(2026, 11, 22));
        Assert.True(result.IsValid, string.Join(", ", result.Errors));
        Assert.StartsWith("Självtest AUDIT i chatten: 14 av 40 poäng, riskbruk (Kommunens gränser", result.Answers!.Get("message"), StringComparison.Ordinal);
        Assert.Null(state.SelfTestResult);
    }

    [Theory]
    [InlineData(6, "women", "riskbruk")]
    [InlineData(6, "men", "låg risk")]
    [InlineData(7, "municipality", "riskbruk")]
    [InlineData(16, "municipality", "skadligt bruk")]
    [InlineData(21, "municipality", "beroende")]
    public async Task SelfTest_ChosenProfile_DecidesTheLevelShown(int score, string profile, string expected)
    {
        var engine = Engine(new RecordingSubmissions(), Night);
        var state = new DialogState();
        await engine.TurnAsync(state, "självtest om alkohol", TestContext.Current.CancellationToken);
        IReadOnlyList<BotReply> replies = [];
        foreach (var answer in AnswersScoring(score))
        {
            replies = await engine.TurnAsync(state, answer, TestContext.Current.CancellationToken);
        }

        var label = AuditProfile.Defaults.Single(p => p.Name == profile).Label.Swedish;
        Assert.Contains(label, replies[^1].Choices);
        replies = await engine.TurnAsync(state, label, TestContext.Current.CancellationToken);

        Assert.Contains($"Du fick {score} av 40 poäng", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(expected, BotTexts.LevelName(state.SelfTestResult!.Level).Swedish.Replace("möjligt ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SelfTest_OneProfileConfigured_IsNotAskedWhichLimits()
    {
        var engine = Engine(new RecordingSubmissions(), Night, [AuditProfile.Women]);
        var state = new DialogState();
        await engine.TurnAsync(state, "självtest om alkohol", TestContext.Current.CancellationToken);
        IReadOnlyList<BotReply> replies = [];
        foreach (var answer in AnswersScoring(6))
        {
            replies = await engine.TurnAsync(state, answer, TestContext.Current.CancellationToken);
        }

        Assert.Contains("Du fick 6 av 40 poäng", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(AuditLevel.Risk, state.SelfTestResult!.Level);
    }

    [Theory]
    [InlineData("dudit-sv-with-a-typo-compared-with-mens-limit-and-declined", 13)]
    [InlineData("pgsi-sv-spelar-jag-for-mycket-leads-to-pgsi-not-audit", 10)]
    public async Task SelfTest_DuditOrPgsiDeclined_LeavesNoAnswerNoScoreAndNoSubmission(string script, int turnsToTheResult)
    {
        var port = new RecordingSubmissions();
        var engine = Engine(port, Night);
        var state = new DialogState();
        foreach (var (user, _) in ConversationScripts.All[script].Take(turnsToTheResult))
        {
            await engine.TurnAsync(state, user, TestContext.Current.CancellationToken);
        }

        Assert.NotNull(state.SelfTestResult);   // shown, waiting for the person's choice
        var score = state.SelfTestResult.Score.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var replies = await engine.TurnAsync(state, "Nej tack", TestContext.Current.CancellationToken);

        Assert.Contains(replies, r => r.Text.Contains("Resultatet är borttaget", StringComparison.Ordinal));
        Assert.Null(state.SelfTest);
        Assert.Null(state.SelfTestResult);
        var stored = JsonSerializer.Serialize(state);
        Assert.DoesNotContain("\"Score\":" + score, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Answers\":[0", stored, StringComparison.Ordinal);
        Assert.Empty(port.Calls);
        Assert.Equal(0, port.Attempts);
    }

    [Fact]
    public async Task SelfTest_PgsiAttached_ReachesTheSocialWorkerInSwedishInTheMessage()
    {
        var port = new RecordingSubmissions();
        var engine = Engine(port, Night);
        var state = new DialogState();
        foreach (var (user, _) in ConversationScripts.All["pgsi-en-with-a-typo-attached-to-a-support-request"])
        {
            await engine.TurnAsync(state, user, TestContext.Current.CancellationToken);
        }

        var (kind, input, language) = Assert.Single(port.Calls);
        Assert.Equal((SubmissionKind.SupportRequest, Language.English), (kind, language));
        var result = SubmissionValidator.Validate(QuestionCatalog.SupportRequest, input, new DateOnly(2026, 11, 22));
        Assert.True(result.IsValid, string.Join(", ", result.Errors));
        Assert.Equal(
            "Självtest PGSI i chatten: 8 av 27 poäng, spelproblem (Gränserna: låg risk 1–2 poäng, måttlig risk 3–7 poäng, spelproblem från 8 poäng.)",
            result.Answers!.Get("message"));
        Assert.Equal(["gambling"], result.Answers.GetAll("areas"));
        Assert.Null(state.SelfTestResult);
    }

    [Fact]
    public async Task SelfTest_DuditAppliedWithoutTheResult_SendsNothingOfTheTest()
    {
        var port = new RecordingSubmissions();
        var engine = Engine(port, Night);
        var state = new DialogState();
        foreach (var (user, _) in ConversationScripts.All["dudit-sv-with-a-typo-compared-with-mens-limit-and-declined"].Take(13))
        {
            await engine.TurnAsync(state, user, TestContext.Current.CancellationToken);
        }

        await engine.TurnAsync(state, "Ansök utan resultatet", TestContext.Current.CancellationToken);
        Assert.Null(state.SelfTestResult);
        foreach (var user in new[] { "Bo Berg", "hoppa över", "070-123 45 67", "hoppa över", "hoppa över", "drugs", "ja", "nej", "hoppa över", "ja", "skicka" })
        {
            await engine.TurnAsync(state, user, TestContext.Current.CancellationToken);
        }

        var (_, input, _) = Assert.Single(port.Calls);
        Assert.DoesNotContain(input.Fields, f => f.Value is RawValue.Text t && t.Value.Contains("DUDIT", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1, "women", "inga tecken på drogrelaterade problem")]
    [InlineData(2, "women", "tecken på drogrelaterade problem")]
    [InlineData(5, "men", "inga tecken på drogrelaterade problem")]
    [InlineData(6, "men", "tecken på drogrelaterade problem")]
    [InlineData(1, "not-given", "inga tecken på drogrelaterade problem")]
    [InlineData(2, "not-given", "tecken på drogrelaterade problem")]
    [InlineData(24, "men", "tecken på drogrelaterade problem")]
    [InlineData(25, "women", "troligt beroende")]
    [InlineData(44, "not-given", "troligt beroende")]
    public async Task SelfTest_DuditChosenLimit_DecidesTheLevelShown(int score, string choice, string expected)
    {
        var engine = Engine(new RecordingSubmissions(), Night);
        var state = new DialogState();
        await engine.TurnAsync(state, "självtest om droger", TestContext.Current.CancellationToken);
        IReadOnlyList<BotReply> replies = [];
        foreach (var answer in Buttons(Intake.Bot.SelfTests.SelfTestKind.Drugs, score))
        {
            replies = await engine.TurnAsync(state, answer, TestContext.Current.CancellationToken);
        }

        var label = Intake.Bot.Dudit.DuditLimits.Choices.Single(c => c.Name == choice).Label.Swedish;
        Assert.Contains(label, replies[^1].Choices);
        replies = await engine.TurnAsync(state, label, TestContext.Current.CancellationToken);

        Assert.Contains($"Du fick {score} av 44 poäng", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(expected, Intake.Bot.SelfTests.SelfTestLimits.Default.Read(state.SelfTestResult!.Kind, state.SelfTestResult.Score, state.SelfTestResult.Profile).LevelName.Swedish);
    }

    [Theory]
    [InlineData(0, "tyder inte på att ditt spelande orsakar problem")]
    [InlineData(1, "tyder på låg risk")]
    [InlineData(2, "tyder på låg risk")]
    [InlineData(3, "tyder på måttlig risk")]
    [InlineData(7, "tyder på måttlig risk")]
    [InlineData(8, "tyder på spelproblem")]
    [InlineData(27, "tyder på spelproblem")]
    public async Task SelfTest_PgsiScore_IsReadInItsCategory(int score, string expected)
    {
        var engine = Engine(new RecordingSubmissions(), Night);
        var state = new DialogState();
        await engine.TurnAsync(state, "självtest om spel", TestContext.Current.CancellationToken);
        IReadOnlyList<BotReply> replies = [];
        foreach (var answer in Buttons(Intake.Bot.SelfTests.SelfTestKind.Gambling, score))
        {
            replies = await engine.TurnAsync(state, answer, TestContext.Current.CancellationToken);
        }

        Assert.Contains($"Du fick {score} av 27 poäng", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains(expected, replies[0].Text, StringComparison.Ordinal);
        Assert.Equal([BotTexts.ApplyWithResult.Swedish, BotTexts.ApplyWithoutResult.Swedish, BotTexts.NoThanks.Swedish], replies[^1].Choices);
    }

    /// <summary>
    /// What a person presses, question by question, to score <paramref name="score"/> on DUDIT or PGSI: the buttons'
    /// labels (a typed number would be a count on DUDIT's question 3), the points spread from the first question on.
    /// </summary>
    private static string[] Buttons(Intake.Bot.SelfTests.SelfTestKind kind, int score)
    {
        var questions = Intake.Bot.SelfTests.SelfTestInstrument.For(kind).Questions;
        var left = score;
        var labels = new List<string>();
        foreach (var question in questions)
        {
            var answer = question.Answers.Select((a, i) => (a, i)).Last(x => x.a.Score <= left);
            left -= answer.a.Score;
            labels.Add(answer.a.Label.Swedish);
        }

        Assert.Equal(0, left);
        return [.. labels];
    }

    /// <summary>Button numbers (1-based) for the ten questions that add up to <paramref name="score"/> without skips.</summary>
    private static string[] AnswersScoring(int score)
    {
        // Q1 must not be "Aldrig" and Q2+Q3 not both 0 (or the test skips), so start from Q1=1, Q3=1.
        var points = new int[10];
        points[0] = 1;
        points[2] = 1;
        var left = score - 2;
        for (var i = 0; i < 8 && left > 0; i++)
        {
            var add = Math.Min(4 - points[i], left);
            points[i] += add;
            left -= add;
        }

        for (var i = 8; i < 10 && left > 0; i++)
        {
            var add = left >= 4 ? 4 : left >= 2 ? 2 : 0;
            points[i] = add;
            left -= add;
        }

        Assert.Equal(0, left);
        return [.. points.Select((p, i) => i >= 8 ? (p / 2 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : i == 1 ? new[] { "1", "3", "5", "7", "10" }[p] : (p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))];
    }

    internal sealed class RecordingSubmissions : ISubmissionPort
    {
        public bool Unavailable { get; set; }

        public int Attempts { get; private set; }

        public List<(SubmissionKind Kind, SubmissionInput Input, Language Language)> Calls { get; } = [];

        public Task<SubmitResult> SubmitAsync(SubmissionKind kind, SubmissionInput input, Language language, CancellationToken cancellationToken)
        {
            Attempts++;
            if (Unavailable)
            {
                return Task.FromResult<SubmitResult>(new SubmitResult.Unavailable());
            }

            var result = SubmissionValidator.Validate(QuestionModel.For(kind), input, new DateOnly(2026, 11, 22));
            if (!result.IsValid)
            {
                return Task.FromResult<SubmitResult>(new SubmitResult.Invalid(result.Errors));
            }

            Calls.Add((kind, input, language));
            return Task.FromResult<SubmitResult>(new SubmitResult.Accepted("TEST-REF1-2345", NextSteps.Describe(kind, result.Answers!, language)));
        }
    }
}
