using Intake.Bot.Dialogs;
using Intake.Core.Localization;
using Intake.Core.Submissions;

namespace Intake.Bot.Tests.Dialogs;

public sealed class ConversationTests
{
    public static TheoryData<string> Scripts() => new(ConversationScripts.All.Keys);

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Conversation_Script_BotAnswersAsWritten(string name)
    {
        var port = new RecordingSubmissions();
        var engine = new DialogEngine(port);
        var state = new DialogState();

        foreach (var (user, expected) in ConversationScripts.All[name])
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
