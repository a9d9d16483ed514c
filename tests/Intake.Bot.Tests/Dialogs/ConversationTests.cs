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
        new(port, new DialogSettings(new TestClock(at), DialogSettings.DefaultKundcenter, profiles ?? AuditProfile.Defaults));

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
        var engine = new DialogEngine(port);
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
        var engine = new DialogEngine(port);
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
        await engine.TurnAsync(state, "självtest", TestContext.Current.CancellationToken);
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
        await engine.TurnAsync(state, "självtest", TestContext.Current.CancellationToken);
        IReadOnlyList<BotReply> replies = [];
        foreach (var answer in AnswersScoring(6))
        {
            replies = await engine.TurnAsync(state, answer, TestContext.Current.CancellationToken);
        }

        Assert.Contains("Du fick 6 av 40 poäng", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(AuditLevel.Risk, state.SelfTestResult!.Level);
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

    private sealed class RecordingSubmissions : ISubmissionPort
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
