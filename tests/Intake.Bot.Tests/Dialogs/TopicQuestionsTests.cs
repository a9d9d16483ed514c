using System.Text.RegularExpressions;
using Intake.Bot.Audit;
using Intake.Bot.Dialogs;
using Intake.Bot.Faq;
using Intake.Bot.Intents;
using Intake.Bot.Safety;
using Intake.Bot.Tests.Infrastructure;
using Intake.Core.Localization;
using Intake.Core.Submissions;

namespace Intake.Bot.Tests.Dialogs;

/// <summary>
/// Every question of <see cref="TopicQuestions"/> through the real dialog: the reply holds the topic's answer (its
/// longest stretch without a municipal fact, so that it holds whatever the configuration says), and a form or test
/// that was under way asks its question again. What the pages cannot answer gets the honest "I do not know".
/// </summary>
public sealed partial class TopicQuestionsTests
{
    /// <summary>Sunday 22 November 2026, 03:00 in Stockholm.</summary>
    private static readonly DateTimeOffset Night = new(2026, 11, 22, 3, 0, 0, TimeSpan.FromHours(1));

    public static TheoryData<string, string, Asked> Questions()
    {
        var data = new TheoryData<string, string, Asked>();
        foreach (var (text, topic, at) in TopicQuestions.All)
        {
            data.Add(text, topic, at);
        }

        return data;
    }

    public static TheoryData<string, Asked> Unanswerable()
    {
        var data = new TheoryData<string, Asked>();
        foreach (var (text, at) in TopicQuestions.Unanswerable)
        {
            data.Add(text, at);
        }

        return data;
    }

    [Fact]
    public void Table_HasAtLeast150QuestionsAndEveryNewTopic()
    {
        Assert.True(TopicQuestions.All.Length >= 150, $"{TopicQuestions.All.Length} questions");
        Assert.Empty(FaqAnswers.Topics.Except(TopicQuestions.All.Select(q => q.Topic)));
        Assert.Contains(TopicQuestions.All, q => q.At != Asked.AtStart);
    }

    [Fact]
    public void Signature_OfEveryAnswer_IsFoundInNoOtherAnswer()
    {
        foreach (var topic in FaqAnswers.Topics)
        {
            foreach (var language in new[] { Language.Swedish, Language.English })
            {
                var signature = Signature(FaqAnswers.Answer(topic)[language]);
                var others = FaqAnswers.Topics.Where(t => t != topic && FaqAnswers.Answer(t)[language].Contains(signature, StringComparison.Ordinal));
                Assert.True(!others.Any() && !FaqAnswers.Unknown[language].Contains(signature, StringComparison.Ordinal), $"{topic}: \"{signature}\" also in {string.Join(", ", others)}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task Question_AnywhereInTheConversation_GetsItsTopicsAnswer(string text, string topic, Asked at)
    {
        var (said, askAgain) = await AskAsync(text, at);

        var answer = FaqAnswers.Answer(topic);
        Assert.True(
            said.Contains(Signature(answer.Swedish), StringComparison.Ordinal) || said.Contains(Signature(answer.English), StringComparison.Ordinal),
            $"\"{text}\" ({at}) should get the answer on {topic}, but the bot said:\n{said}");
        AssertFlowGoesOn(said, askAgain, text, at);
    }

    [Theory]
    [MemberData(nameof(Unanswerable))]
    public async Task Question_ThePagesDoNotAnswer_GetsTheHonestIDoNotKnow(string text, Asked at)
    {
        var (said, askAgain) = await AskAsync(text, at);

        Assert.True(
            said.Contains(Signature(FaqAnswers.Unknown.Swedish), StringComparison.Ordinal) || said.Contains(Signature(FaqAnswers.Unknown.English), StringComparison.Ordinal),
            $"\"{text}\" ({at}) should get \"I do not know\", but the bot said:\n{said}");
        Assert.DoesNotContain(FaqAnswers.Topics, t => said.Contains(Signature(FaqAnswers.Answer(t).Swedish), StringComparison.Ordinal)
            || said.Contains(Signature(FaqAnswers.Answer(t).English), StringComparison.Ordinal));
        AssertFlowGoesOn(said, askAgain, text, at);
    }

    [Theory]
    [InlineData("Bo Berg")]
    [InlineData("nej")]
    [InlineData("ja")]
    [InlineData("Anna")]
    [InlineData("070-123 45 67")]
    [InlineData("bo.berg@example.se")]
    [InlineData("kanske ibland")]
    [InlineData("hoppa över")]
    [InlineData("Kan Berg")]
    [InlineData("blåbärssylt")]
    [InlineData("hej")]
    [InlineData("ok tack")]
    [InlineData("1")]
    public void Recognize_AnAnswerOrAName_IsNeitherATopicNorAQuestion(string text)
    {
        var recognized = IntentRecognizer.Recognize(text);

        Assert.NotEqual(Intent.Faq, recognized.Intent);
        Assert.NotEqual(Intent.UnansweredQuestion, recognized.Intent);
    }

    /// <summary>Everyday words one typo away from a topic's, found by running the safety corpus through the recognizer.</summary>
    [Theory]
    [InlineData("feel a bit down since quitting, just flat", FaqTopics.Housing)]
    [InlineData("kan man avgifta sig hemma", FaqTopics.Cost)]
    [InlineData("grattis till dig", FaqTopics.Cost)]
    [InlineData("i was shopping yesterday", FaqTopics.OtherAddictions)]
    [InlineData("jag arbetar som lärare", FaqTopics.Work)]
    [InlineData("problems arise at home", FaqTopics.RelativesProgrammes)]
    [InlineData("i cant get him to open his eyes", FaqTopics.RelativesProgrammes)]
    [InlineData("I'm writing it all down", FaqTopics.HowLong)]
    [InlineData("my partner keeps wanting to leave", FaqTopics.HowLong)]
    [InlineData("my presentation went well", FaqTopics.Prevention)]
    [InlineData("what are you doing", FaqTopics.Prevention)]
    [InlineData("sitter i trappan", FaqTopics.HousingStaircase)]
    [InlineData("jag känner skuld", FaqTopics.Money)]
    [InlineData("vill bidra med något", FaqTopics.Money)]
    [InlineData("vad kontaktar ni", FaqTopics.ContactPerson)]
    [InlineData("det var praktiskt", FaqTopics.Work)]
    public void Recognize_AnEverydayWordLikeATopicsWord_IsNotThatTopic(string text, string topic) =>
        Assert.NotEqual(topic, IntentRecognizer.Recognize(text).FaqTopic);

    [Theory]
    [InlineData("Bo Berg", "Ditt personnummer")]
    [InlineData("Vem Andersson", "Ditt personnummer")]
    [InlineData("Kan Berg", "Ditt personnummer")]
    [InlineData("Nexus Nilsson", "Ditt personnummer")]
    public async Task Name_InTheForm_IsTakenAsTheNameNotAsAQuestion(string name, string next)
    {
        var (engine, state) = Start();
        await engine.TurnAsync(state, "jag vill ansöka om stöd", TestContext.Current.CancellationToken);

        var said = Said(await engine.TurnAsync(state, name, TestContext.Current.CancellationToken));

        Assert.Contains(next, said, StringComparison.Ordinal);
        Assert.Equal(name, state.AnswerOf("name"));
    }

    [Theory]
    [InlineData("jag är hemlös och vill dö")]
    [InlineData("I want to kill myself, where can I sleep tonight?")]
    [InlineData("jag har tagit en överdos, vad kostar ambulansen?")]
    [InlineData("jag vill ta livet av mig, finns det AA?")]
    public async Task Crisis_WithATopicsWords_GetsTheSafetyReplyFirst(string text)
    {
        Assert.True(SafetyGate.Evaluate(text).IsCrisis);
        var (engine, state) = Start();

        var replies = await engine.TurnAsync(state, text, TestContext.Current.CancellationToken);

        Assert.Contains("112", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("90101", replies[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jag vill inte leva längre, vad är klockan?")]
    [InlineData("i want to kill myself, what is the weather tomorrow?")]
    public async Task Crisis_WithAQuestionThePagesDoNotAnswer_GetsNoIDoNotKnow(string text)
    {
        Assert.True(SafetyGate.Evaluate(text).IsCrisis);
        var (engine, state) = Start();

        var said = Said(await engine.TurnAsync(state, text, TestContext.Current.CancellationToken));

        Assert.Contains("90101", said, StringComparison.Ordinal);
        Assert.DoesNotContain(Signature(FaqAnswers.Unknown.Swedish), said, StringComparison.Ordinal);
        Assert.DoesNotContain(Signature(FaqAnswers.Unknown.English), said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is there a test for my gambling?", "PGSI")]
    [InlineData("spelar jag för mycket?", "PGSI")]
    [InlineData("kan jag testa om jag dricker för mycket?", "AUDIT")]
    [InlineData("test om droger", "DUDIT")]
    public async Task SelfTestWish_IsNotTakenForATopic(string text, string test)
    {
        var (engine, state) = Start();

        var said = Said(await engine.TurnAsync(state, text, TestContext.Current.CancellationToken));

        Assert.Contains(test, said, StringComparison.Ordinal);
        Assert.Null(IntentRecognizer.Recognize(text).FaqTopic);
    }

    [Theory]
    [InlineData("jag dricker för mycket och har skulder", nameof(Intent.SupportForSelf))]
    [InlineData("min pappa dricker och är hemlös", nameof(Intent.ReportConcern))]
    [InlineData("jag vill ansöka om stöd", nameof(Intent.SupportForSelf))]
    [InlineData("jag behöver stöd som anhörig", nameof(Intent.SupportAsRelative))]
    [InlineData("jag vill ha hjälp med mitt drickande", nameof(Intent.SupportForSelf))]
    [InlineData("I want to apply for support", nameof(Intent.SupportForSelf))]
    [InlineData("min man dricker, jag behöver stöd som anhörig", nameof(Intent.SupportAsRelative))]
    [InlineData("hur gör jag en orosanmälan?", nameof(Intent.ReportConcern))]
    [InlineData("kan ni ringa mig?", nameof(Intent.TalkToSomeone))]
    public void Recognize_AWishThatNamesTheProblem_StartsItsFlowNotATopic(string text, string intent) =>
        Assert.Equal(Enum.Parse<Intent>(intent), IntentRecognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("I am homeless")]
    [InlineData("jag är hemlös")]
    [InlineData("i need housing")]
    public async Task Homeless_DoesNotGetBjorkebo(string text)
    {
        var (engine, state) = Start();

        var said = Said(await engine.TurnAsync(state, text, TestContext.Current.CancellationToken));

        Assert.DoesNotContain(Signature(FaqAnswers.Answer(FaqTopics.Bjorkebo).Swedish), said, StringComparison.Ordinal);
        Assert.DoesNotContain(Signature(FaqAnswers.Answer(FaqTopics.Bjorkebo).English), said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kan jag få hjälp med spelberoende?")]
    [InlineData("is there help for gambling addiction?")]
    public async Task GamblingQuestion_DoesNotGetTheAlcoholTest(string text)
    {
        var (engine, state) = Start();

        var said = Said(await engine.TurnAsync(state, text, TestContext.Current.CancellationToken));

        Assert.DoesNotContain("AUDIT", said, StringComparison.Ordinal);
        Assert.Null(state.SelfTest);
    }

    /// <summary>The longest stretch of an answer without a placeholder or a digit: words, never a municipal fact.</summary>
    internal static string Signature(string answer) =>
        FactOrNumber().Split(answer).Select(s => s.Trim(' ', ',', '.', '–', '(', ')')).MaxBy(s => s.Length)!;

    [GeneratedRegex(@"\{[A-Za-z]+\}|[0-9][0-9 \-–]*[0-9]|Kundcenter|Nexus|Fjärilen|Björkebo|Östersund\w*")]
    private static partial Regex FactOrNumber();

    private static (DialogEngine Engine, DialogState State) Start() =>
        (new DialogEngine(new NoSubmissions(), new DialogSettings(new TestClock(Night), DialogSettings.DefaultKundcenter, AuditProfile.Defaults, Municipalities.Ostersund)),
         new DialogState());

    private static async Task<(string Said, string? AskAgain)> AskAsync(string text, Asked at)
    {
        var (engine, state) = Start();
        var (before, askAgain) = at switch
        {
            Asked.InConcernSv => ("anmäla oro", "Vem gäller din oro?"),
            Asked.InNameSv => ("jag vill ansöka om stöd", "Ditt namn"),
            Asked.InSelfTestSv => ("självtest om alkohol", "Fråga 1 av 10"),
            Asked.InConcernEn => ("I'm worried about my neighbour", "Who are you worried about?"),
            Asked.InNameEn => ("I need some help", "Your name"),
            _ => ((string?)null, (string?)null),
        };
        if (before is not null)
        {
            var first = Said(await engine.TurnAsync(state, before, TestContext.Current.CancellationToken));
            Assert.Contains(askAgain!, first, StringComparison.Ordinal);
        }

        return (Said(await engine.TurnAsync(state, text, TestContext.Current.CancellationToken)), askAgain);
    }

    private static void AssertFlowGoesOn(string said, string? askAgain, string text, Asked at)
    {
        if (askAgain is null)
        {
            Assert.False(said.Contains("Ditt namn", StringComparison.Ordinal) || said.Contains("Your name", StringComparison.Ordinal)
                || said.Contains("Fråga 1 av", StringComparison.Ordinal) || said.Contains("Question 1 of", StringComparison.Ordinal),
                $"\"{text}\" started a form or a test:\n{said}");
        }
        else
        {
            Assert.True(said.Contains(askAgain, StringComparison.Ordinal), $"\"{text}\" ({at}): the flow should go on with \"{askAgain}\":\n{said}");
            Assert.DoesNotContain("Vill du lämna det du håller på med", said, StringComparison.Ordinal);
        }
    }

    /// <summary>No question here gets as far as sending anything.</summary>
    private sealed class NoSubmissions : ISubmissionPort
    {
        public Task<SubmitResult> SubmitAsync(SubmissionKind kind, SubmissionInput input, Language language, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A question must never send a submission.");
    }

    private static string Said(IReadOnlyList<BotReply> replies) =>
        string.Join("\n", replies.Select(r => r.Text + " [" + string.Join(" | ", r.Choices) + "]"));
}
