using Intake.Bot.Audit;
using Intake.Bot.Dialogs;
using Intake.Bot.Tests.Dialogs;
using Intake.Bot.Tests.Infrastructure;
using Intake.Core.Localization;
using Intake.Core.Submissions;

namespace Intake.Bot.Tests.Municipality;

/// <summary>
/// Every conversation script, said to a bot configured for another municipality (Exempelby): no reply, button or note
/// for the social worker names Östersund's facts or leaves a <c>{Name}</c> unrendered. A script added later is run
/// here too, so a new text said at a new place is checked where it is said.
/// </summary>
public sealed class SecondMunicipalityConversationTests
{
    /// <summary>Sunday 22 November 2026, 03:00 in Stockholm (Kundcenter closed).</summary>
    private static readonly DateTimeOffset Night = new(2026, 11, 22, 3, 0, 0, TimeSpan.FromHours(1));

    /// <summary>Monday 23 November 2026, 10:00 in Stockholm (Kundcenter open).</summary>
    private static readonly DateTimeOffset Day = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1));

    public static TheoryData<string, bool> Scripts() =>
    [
        .. ConversationScripts.All.Keys.Select(k => new TheoryDataRow<string, bool>(k, false)),
        .. ConversationScripts.InOfficeHours.Keys.Select(k => new TheoryDataRow<string, bool>(k, true)),
    ];

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Conversation_Script_NamesNoneOfOstersundsFacts(string name, bool inOfficeHours)
    {
        var script = inOfficeHours ? ConversationScripts.InOfficeHours[name] : ConversationScripts.All[name];
        var port = new ConversationTests.RecordingSubmissions();
        var engine = new DialogEngine(port, new DialogSettings(
            new TestClock(inOfficeHours ? Day : Night), DialogSettings.DefaultKundcenter, AuditProfile.Defaults, Municipalities.Exempelby));
        var state = new DialogState();
        var said = new List<string>();
        said.AddRange(Texts(engine.Greet(state)));

        foreach (var (user, _) in script)
        {
            said.AddRange(Texts(await engine.TurnAsync(state, user, TestContext.Current.CancellationToken)));
        }

        said.AddRange(port.Calls.SelectMany(c => c.Input.Fields).SelectMany(f => f.Value switch
        {
            RawValue.Text t => [t.Value],
            _ => Array.Empty<string>(),
        }));
        Assert.All(said, text => Assert.Empty(Municipalities.OstersundFactsIn(text)));
    }

    [Fact]
    public async Task Conversation_InExempelby_SaysExempelbysFacts()
    {
        var engine = new DialogEngine(new ConversationTests.RecordingSubmissions(), new DialogSettings(
            new TestClock(Day), DialogSettings.DefaultKundcenter, AuditProfile.Defaults, Municipalities.Exempelby));
        var state = new DialogState();

        var talk = string.Join("\n", Texts(await engine.TurnAsync(state, "jag vill prata med någon", TestContext.Current.CancellationToken)));
        var relatives = string.Join("\n", Texts(await engine.TurnAsync(state, "vad är anhörigstöd", TestContext.Current.CancellationToken)));

        Assert.Contains("Medborgarservice har öppet nu. Ring 0999-12 34 56", talk, StringComparison.Ordinal);
        Assert.Contains("Ankaret", relatives, StringComparison.Ordinal);
        Assert.Contains("Fyren", relatives, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Texts(IEnumerable<BotReply> replies) => replies.SelectMany(r => r.Choices.Prepend(r.Text));

    /// <summary>Asked by the second municipality's own names, the units are recognised as the same topics.</summary>
    [Theory]
    [InlineData("vad är Ankaret?", "Ankaret")]
    [InlineData("vad gör fyren for anhöriga", "Fyren")]
    [InlineData("vad är Tallbacken", "Tallbacken")]
    [InlineData("hur når jag medborgarservice", "0999-12 34 56")]
    [InlineData("what is Ankaret", "Ankaret")]
    public async Task Question_ByTheMunicipalitysOwnUnitName_GetsThatUnitsAnswer(string question, string expected)
    {
        var engine = new DialogEngine(new ConversationTests.RecordingSubmissions(), new DialogSettings(
            new TestClock(Night), DialogSettings.DefaultKundcenter, AuditProfile.Defaults, Municipalities.Exempelby));
        var state = new DialogState();
        engine.Greet(state);

        var said = string.Join("\n", Texts(await engine.TurnAsync(state, question, TestContext.Current.CancellationToken)));

        Assert.Contains(expected, said, StringComparison.Ordinal);
        Assert.DoesNotContain("Det vet jag inte –", said, StringComparison.Ordinal);
        Assert.DoesNotContain("I do not know –", said, StringComparison.Ordinal);
    }
}
