using Intake.Bot.Text;

namespace Intake.Bot.Intents;

/// <summary>
/// Free text to an intent by keywords and synonyms, no model. Commands first (restart, cancel, language, help,
/// yes/no), then what the person wants; a question ("vem får veta?") is answered from the FAQ before it is read
/// as a wish for support, unless it asks for a self-test ("spelar jag för mycket?"). A particular topic
/// (<see cref="FaqTopics.BeforeAWish"/>) is answered even in a wish ("jag behöver hjälp med boende"). A question
/// nothing answers is <see cref="Intent.UnansweredQuestion"/>. The safety gate has already read the message.
/// </summary>
internal static partial class IntentRecognizer
{
    /// <summary>Yes/no questions begin with one of these and a person ("kan jag", "finns det", "is there").</summary>
    private static readonly string[] AskingVerbList =
        ["kan", "får", "finns", "måste", "ska", "är", "har", "behöver", "can", "could", "do", "does", "is", "are", "will", "would", "should", "may", "have"];

    private static readonly string[] AskedList =
        ["jag", "ja", "man", "ni", "du", "det", "någon", "mitt", "min", "i", "you", "we", "there", "it", "someone", "anyone", "my", "they", "he", "she"];

    /// <summary>Words that ask by themselves ("vad", "how"); "var" only with a question mark ("var" is also "was").</summary>
    private static readonly string[] AskingWordList =
        ["vad", "vem", "vilka", "vilken", "vilket", "hur", "när", "varför", "what", "who", "how", "when", "where", "why", "which"];

    private static readonly HashSet<string> AskingVerbs = Folded(AskingVerbList);
    private static readonly HashSet<string> Asked = Folded(AskedList);
    private static readonly HashSet<string> AskingWords = Folded(AskingWordList);

    private static readonly string[] QuestionWordList =
        ["vad", "vem", "vilka", "vilken", "vilket", "hur", "när", "var", "varför", "kan", "får", "finns", "måste", "ska",
         "är", "what", "who", "how", "when", "where", "why", "can", "could", "do", "does", "is", "are", "will", "would", "should"];

    private static readonly HashSet<string> QuestionWords = Folded(QuestionWordList);

    public static Recognized Recognize(string? text)
    {
        var words = TextNormalizer.Words(Abbreviations(text));
        if (words.Count == 0)
        {
            return Recognized.Of(Intent.None);
        }

        if (Command(words) is { } command)
        {
            return command;
        }

        var isQuestion = text!.Contains('?', StringComparison.Ordinal) || QuestionWords.Contains(words[0]);
        if (isQuestion && !SupportPhrases.SelfTest.IsFoundIn(words) && Faq(words) is { } answer)
        {
            return answer;
        }

        var wish = Wish(words);
        if (wish is { Intent: Intent.SupportForSelf or Intent.SupportAsRelative } && !NamesAProblem(words)
            && Faq(words) is { FaqTopic: { } topic } particular && FaqTopics.BeforeAWish.Contains(topic))
        {
            return particular;
        }

        return wish ?? Faq(words) ?? Fallback(text, words);
    }

    /// <summary>
    /// The message asks something: a question mark, or it begins the way a question does ("vad …", "kan jag …",
    /// "is there …"). Names and short answers ("Bo Berg", "nej", "kanske ibland") are not questions.
    /// </summary>
    public static bool Asks(string? text)
    {
        var words = TextNormalizer.Words(text);
        return words.Count >= 2 && (text!.Contains('?', StringComparison.Ordinal) || AskingWords.Contains(words[0])
            || (AskingVerbs.Contains(words[0]) && Asked.Contains(words[1])));
    }

    /// <summary>"jag dricker", "min mamma super": a wish that says what is wrong starts its form, whatever else it names.</summary>
    private static bool NamesAProblem(IReadOnlyList<string> words) => SupportPhrases.ForSelf.IsFoundIn(words) || SupportPhrases.Uses.IsFoundIn(words);

    private static Recognized? Command(IReadOnlyList<string> words)
    {
        if (CommandPhrases.Restart.IsFoundIn(words))
        {
            return Recognized.Of(Intent.Restart);
        }

        if (CommandPhrases.Cancel.IsFoundIn(words) || Alone(CommandPhrases.CancelAlone, words))
        {
            return Recognized.Of(Intent.Cancel);
        }

        if (LanguagePhrases.Explicit.IsFoundIn(words) || Alone(LanguagePhrases.Alone, words))
        {
            return new(Intent.ChangeLanguage, null, LanguagePhrases.Named(words));
        }

        return CommandPhrases.Help.IsFoundIn(words) || Alone(CommandPhrases.HelpAlone, words) ? Recognized.Of(Intent.Help)
            : Alone(CommandPhrases.Yes, words) ? Recognized.Of(Intent.Yes)
            : Alone(CommandPhrases.No, words) ? Recognized.Of(Intent.No)
            : null;
    }

    private static Recognized? Wish(IReadOnlyList<string> words)
    {
        var relative = SupportPhrases.Relative.IsFoundIn(words);
        Intent? intent =
            SupportPhrases.SelfTest.IsFoundIn(words) ? Intent.SelfTest
            : SupportPhrases.TalkToSomeone.IsFoundIn(words) ? Intent.TalkToSomeone
            : SupportPhrases.ForSelf.IsFoundIn(words) ? Intent.SupportForSelf
            : relative && SupportPhrases.Need.IsFoundIn(words) ? Intent.SupportAsRelative
            : SupportPhrases.Need.IsFoundIn(words) ? Intent.SupportForSelf
            : SupportPhrases.Concern.IsFoundIn(words) || (relative && SupportPhrases.Uses.IsFoundIn(words)) ? Intent.ReportConcern
            : null;
        return intent switch
        {
            Intent.SelfTest => new(Intent.SelfTest, null, null, SelfTestTopics.Of(words)),
            { } found => Recognized.Of(found),
            null => null,
        };
    }

    private static Recognized? Faq(IReadOnlyList<string> words) =>
        FaqTopics.InOrder.FirstOrDefault(t => t.Phrases.IsFoundIn(words)) is { Topic: { } topic }
            ? new(Intent.Faq, topic, null)
            : null;

    private static Recognized Fallback(string text, IReadOnlyList<string> words) =>
        Recognized.Of(SupportPhrases.Call.IsFoundIn(words) ? Intent.TalkToSomeone
            : Asks(text) ? Intent.UnansweredQuestion
            : CommandPhrases.Greeting.IsFoundIn(words) ? Intent.Greeting
            : Intent.None);

    private static HashSet<string> Folded(string[] words) => new(words.Select(w => TextNormalizer.Words(w)[0]), StringComparer.Ordinal);

    /// <summary>The whole message is one of <paramref name="phrases"/>, perhaps with polite words ("nej tack").</summary>
    private static bool Alone(PhraseList phrases, IReadOnlyList<string> words) =>
        words.Count <= 3 && phrases.IsFoundIn(words.Take(1).ToArray())
        && words.Skip(1).All(w => CommandPhrases.Polite.IsFoundIn([w]));
}
