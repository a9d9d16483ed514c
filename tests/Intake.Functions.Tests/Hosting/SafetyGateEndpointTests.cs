using System.Net;
using System.Text;
using System.Text.Json;
using Intake.Bot.Safety;
using Intake.Bot.Safety.Model;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Hosting;

/// <summary>
/// One app and one channel on loopback for the whole phrase table (local development, no token); every phrase gets
/// a conversation of its own. Only this class uses the channel, so what it received belongs to these tests.
/// </summary>
public sealed class SafetyGateEndpointFixture(AzuriteFixture azurite) : IAsyncLifetime
{
    private int activities;

    public ChannelStub Channel { get; private set; } = null!;

    public IntakeApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Channel = await ChannelStub.StartAsync();
        App = new IntakeApp(new TestStorage(azurite), extraSettings: TestStorage.RoutingOnly());
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Channel.DisposeAsync();
    }

    /// <summary>Posts <paramref name="text"/> as a new message in <paramref name="conversation"/> and returns, in the
    /// order the channel received them, the texts of the message activities the bot sent to that conversation for
    /// this turn (the bot sends every reply before it answers the POST).</summary>
    public async Task<IReadOnlyList<string>> SayAsync(string conversation, string text, CancellationToken cancellationToken)
    {
        var before = InConversation(conversation).Count;
        var id = "gate-" + Interlocked.Increment(ref activities).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var body = new StringContent(JsonSerializer.Serialize(new
        {
            type = "message", id, channelId = "emulator", serviceUrl = Channel.ServiceUrl.ToString().TrimEnd('/'), locale = "sv-SE", text,
            from = new { id = "user-" + conversation }, conversation = new { id = conversation },
        }), Encoding.UTF8, "application/json");

        using var response = await App.Http.PostAsync("/api/messages", body, cancellationToken);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST /api/messages with \"{text}\" answered {(int)response.StatusCode}, not 200.");
        return [.. InConversation(conversation).Skip(before)
            .Where(a => a.GetProperty("type").GetString() == "message")
            .Select(a => a.GetProperty("text").GetString() ?? string.Empty)];
    }

    private List<JsonElement> InConversation(string conversation) =>
        [.. Channel.Received.Where(a => a.TryGetProperty("conversation", out var c) && c.GetProperty("id").GetString() == conversation)];
}

/// <summary>
/// The safety gate through the real endpoint: whatever someone in danger writes, first message or in the middle of
/// a question, the first thing they read is 112 and Självmordslinjen (and BRIS when a child is in danger); in the
/// middle of a flow the bot then asks its question again and nothing is sent.
/// </summary>
public sealed class SafetyGateEndpointTests(SafetyGateEndpointFixture fixture) : IClassFixture<SafetyGateEndpointFixture>
{
    private const string Child = "child";

    /// <summary>From the bot's ordinary greeting, which also mentions 112 and 90101.</summary>
    private const string Greeting = "automatisk chatt";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>As people write in danger: Swedish and English, typos, no capitals, slang.</summary>
    public static TheoryData<string, string> Phrases() => new()
    {
        // phrase, signal
        { "jag vill inte leva längre", "suicide" },
        { "vill bara dööö", "suicide" },
        { "har haft sjalvmordstankar hela veckan", "suicide" },
        { "tänker på sjelvmord", "suicide" },
        { "jag vill int vakna imorgon", "suicide" },
        { "ja vill dö", "suicide" },
        { "tänker ta livet av mej ikväll", "suicide" },
        { "har planerat mitt självmord", "suicide" },
        { "tankar på sjävlmord", "suicide" },
        { "i want to kill myself", "suicide" },
        { "im going to kil myself", "suicide" },
        { "kms", "suicide" },
        { "i wanna die", "suicide" },
        { "gonna end my life tonight", "suicide" },
        { "i dont wanna be here anymore", "suicide" },
        { "i want to kill my self", "suicide" },

        { "han har tagit en överdos", "overdose" },
        { "jag tror hon har od:at", "overdose" },
        { "min kompis andas inte!!", "overdose" },
        { "han andas knappt och går inte att väcka", "overdose" },
        { "hon har svalt en massa tabletter", "overdose" },
        { "tagit för många piller", "overdose" },
        { "han har överdoserat", "overdose" },
        { "jag har tagit alla mina sömntabletter", "overdose" },
        { "hon är medvetslös och har blå läppar", "overdose" },
        { "she overdosed on heroin", "overdose" },
        { "he overdoesed i think", "overdose" },
        { "my friend took too many pills", "overdose" },
        { "my friend is unconscious", "overdose" },
        { "he od'd on fentanyl", "overdose" },

        { "min man slår mig", "violence" },
        { "han hotar att döda mig", "violence" },
        { "pojkvännen slog mig igår", "violence" },
        { "jag blev misshandlad", "violence" },
        { "hon hotade mig med kniv", "violence" },
        { "min sambo misshandlar mig", "violence" },
        { "han har sagt att han ska döda mig", "violence" },
        { "jag blev slagen av min pojkvän", "violence" },
        { "my husband hits me", "violence" },
        { "he threatened to kill me", "violence" },
        { "he's gonna kill us", "violence" },
        { "my boyfriend beats me up", "violence" },

        { "han slår barnen", Child },
        { "barnet är ensamt hemma och pappa är full", Child },
        { "jag är 12 och mamma är full igen", Child },
        { "pappa super och jag är 13", Child },
        { "barnen far illa", Child },
        { "mamma är packad och min lillebror är hemma", Child },
        { "pappa slår mig och jag är 12", Child },
        { "jag e 11 och mamma dricker jättemycket", Child },
        { "barnen är hemma och deras mamma är hög på amfetamin", Child },
        { "min son är ensam hemma med sin fulla pappa", Child },
        { "my kids are home alone and I'm drunk", Child },
        { "i'm 14 and my dad beats me", Child },
        { "my mom is drunk again and im 15", Child },
        { "the kids are home alone with their drunk dad", Child },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public async Task Messages_CrisisPhraseAsFirstMessage_FirstReplyGivesTheCrisisNumbers(string phrase, string signal)
    {
        var conversation = "first-" + Guid.NewGuid().ToString("N");

        var replies = await fixture.SayAsync(conversation, phrase, Ct);

        AssertCrisisReplyFirst(phrase, signal, replies);
        await AssertNothingSubmittedAsync(phrase);
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public async Task Messages_CrisisPhraseWhileAQuestionIsPending_CrisisNumbersFirstThenTheSameQuestionAgain(string phrase, string signal)
    {
        var conversation = "midflow-" + Guid.NewGuid().ToString("N");
        AssertSaid(await fixture.SayAsync(conversation, "jag vill ansöka om stöd", Ct), "Ditt namn", "before the phrase");
        AssertSaid(await fixture.SayAsync(conversation, "Bo Berg", Ct), "Ditt personnummer", "before the phrase");

        var replies = await fixture.SayAsync(conversation, phrase, Ct);

        AssertCrisisReplyFirst(phrase, signal, replies);
        Assert.True(replies.Count >= 2 && replies[^1].Contains("Ditt personnummer", StringComparison.Ordinal),
            $"\"{phrase}\" in the middle of the flow: the last reply of the turn does not ask \"Ditt personnummer\" again. The bot said: {Quote(replies)}");
        Assert.False(replies.Any(r => r.Contains("Vad vill du göra?", StringComparison.Ordinal) || r.Contains("Ditt namn", StringComparison.Ordinal)),
            $"\"{phrase}\" in the middle of the flow: the bot went back instead of staying at the pending question. The bot said: {Quote(replies)}");
        await AssertNothingSubmittedAsync(phrase);
    }

    /// <summary>
    /// Messages of the safety corpus (tests/Intake.Bot.Tests/Safety/corpus) through the real endpoint, by id: a fixed
    /// sample of those the gate judges a crisis, as the first message and while a question is pending, and of calm
    /// ones it lets through. That the gate judges them so is measured in SafetyCorpusTests; this shows that what it
    /// judges is what a person reads first, and that nothing is stored.
    /// </summary>
    public static TheoryData<string> CorpusCrisisFirst() => new(CorpusSample(crisis: true, skip: 0, count: 150));

    public static TheoryData<string> CorpusCrisisMidFlow() => new(CorpusSample(crisis: true, skip: 1, count: 100));

    public static TheoryData<string> CorpusCalm() => new(CorpusSample(crisis: false, skip: 0, count: 60));

    [Theory]
    [MemberData(nameof(CorpusCrisisFirst))]
    public async Task Messages_CorpusCrisisAsFirstMessage_FirstReplyGivesTheCrisisNumbers(string id)
    {
        var (text, child) = Corpus[id];

        var replies = await fixture.SayAsync("corpus-first-" + Guid.NewGuid().ToString("N"), text, Ct);

        AssertCrisisReplyFirst($"{id}: {text}", child ? Child : "crisis", replies);
        await AssertNothingSubmittedAsync(id);
    }

    [Theory]
    [MemberData(nameof(CorpusCrisisMidFlow))]
    public async Task Messages_CorpusCrisisWhileAQuestionIsPending_CrisisNumbersFirstThenTheSameQuestionAgain(string id)
    {
        var (text, child) = Corpus[id];
        var conversation = "corpus-midflow-" + Guid.NewGuid().ToString("N");
        AssertSaid(await fixture.SayAsync(conversation, "jag vill ansöka om stöd", Ct), "Ditt namn", "before the message");
        AssertSaid(await fixture.SayAsync(conversation, "Bo Berg", Ct), "Ditt personnummer", "before the message");

        var replies = await fixture.SayAsync(conversation, text, Ct);

        AssertCrisisReplyFirst($"{id}: {text}", child ? Child : "crisis", replies);
        Assert.True(replies[^1].Contains("Ditt personnummer", StringComparison.Ordinal),
            $"{id} in the middle of the flow: the last reply does not ask \"Ditt personnummer\" again. The bot said: {Quote(replies)}");
        await AssertNothingSubmittedAsync(id);
    }

    [Theory]
    [MemberData(nameof(CorpusCalm))]
    public async Task Messages_CorpusCalmMessage_NoCrisisReply(string id)
    {
        var (text, _) = Corpus[id];

        var replies = await fixture.SayAsync("corpus-calm-" + Guid.NewGuid().ToString("N"), text, Ct);

        Assert.True(replies.Count > 0, $"{id}: the bot sent no message at all.");
        Assert.False(replies.Any(r => r.StartsWith("112", StringComparison.Ordinal)),
            $"{id} is calm, yet the bot answered with the crisis reply. The bot said: {Quote(replies)}");
    }

    private static readonly Dictionary<string, (string Text, bool Child)> Corpus = ReadCorpus();

    private static Dictionary<string, (string Text, bool Child)> ReadCorpus()
    {
        var corpus = SafetyCorpus.FindDirectory(AppContext.BaseDirectory);
        return SafetyCorpus.ReadDirectory(Path.Combine(corpus, "train")).Concat(SafetyCorpus.ReadHeldOut(corpus))
            .Where(m => m.IsCrisis == SafetyGate.Evaluate(m.Text).IsCrisis)
            .ToDictionary(m => m.Id, m => (m.Text, SafetyGate.Evaluate(m.Text).ChildConcerned), StringComparer.Ordinal);
    }

    /// <summary>Every n-th message, spread over every writer, labelled and judged as <paramref name="crisis"/> says.</summary>
    private static IEnumerable<string> CorpusSample(bool crisis, int skip, int count)
    {
        var judged = Corpus.Where(m => SafetyGate.Evaluate(m.Value.Text).IsCrisis == crisis).Select(m => m.Key).Order(StringComparer.Ordinal).ToArray();
        var step = Math.Max(1, judged.Length / (count * 2));
        return judged.Where((_, i) => i % (step * 2) == skip * step).Take(count);
    }

    private static void AssertCrisisReplyFirst(string phrase, string signal, IReadOnlyList<string> replies)
    {
        Assert.True(replies.Count > 0, $"\"{phrase}\": the bot sent no message at all.");
        var first = replies[0];
        string[] expected = signal == Child ? ["112", "90101", "116 111"] : ["112", "90101"];
        var missing = expected.Where(number => !first.Contains(number, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0,
            $"\"{phrase}\" ({signal}): the first reply lacks {string.Join(" and ", missing)}. The bot said: {Quote(replies)}");

        // The greeting names 112 and 90101 too; a crisis reply must come before it, not be it.
        Assert.False(first.Contains(Greeting, StringComparison.Ordinal),
            $"\"{phrase}\" ({signal}): the first reply is the ordinary greeting, not a crisis reply. The bot said: {Quote(replies)}");
    }

    private static void AssertSaid(IReadOnlyList<string> replies, string fragment, string when) =>
        Assert.True(replies.Any(r => r.Contains(fragment, StringComparison.Ordinal)),
            $"{when}: expected \"{fragment}\". The bot said: {Quote(replies)}");

    private async Task AssertNothingSubmittedAsync(string phrase)
    {
        var storage = fixture.App.Storage;
        Assert.True((await storage.EntitiesAsync(storage.SubmissionsTable)).Count == 0, $"\"{phrase}\": a submission was stored.");
        Assert.True((await storage.MessagesAsync(storage.IntakeQueue)).Count == 0, $"\"{phrase}\": something was queued for routing.");
    }

    private static string Quote(IReadOnlyList<string> replies) => replies.Count == 0 ? "(nothing)" : string.Join(" | ", replies.Select(r => "«" + r + "»"));
}
