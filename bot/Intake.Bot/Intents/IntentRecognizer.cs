using Intake.Bot.Text;

namespace Intake.Bot.Intents;

/// <summary>
/// Free text to an intent by keywords and synonyms, no model. Commands first (restart, cancel, language, help,
/// yes/no), then what the person wants; a question ("vem får veta?") is answered from the FAQ before it is read
/// as a wish for support. The safety gate has already read the message.
/// </summary>
internal static class IntentRecognizer
{
    private static readonly string[] QuestionWordList =
        ["vad", "vem", "vilka", "vilken", "vilket", "hur", "när", "var", "varför", "kan", "får", "finns", "måste", "ska",
         "är", "what", "who", "how", "when", "where", "why", "can", "could", "do", "does", "is", "are", "will", "would", "should"];

    private static readonly HashSet<string> QuestionWords = new(QuestionWordList.Select(w => TextNormalizer.Words(w)[0]), StringComparer.Ordinal);

    public static Recognized Recognize(string? text)
    {
        var words = TextNormalizer.Words(text);
        if (words.Count == 0)
        {
            return Recognized.Of(Intent.None);
        }

        if (Command(words) is { } command)
        {
            return command;
        }

        var isQuestion = text!.Contains('?', StringComparison.Ordinal) || QuestionWords.Contains(words[0]);
        if (isQuestion && Faq(words) is { } answer)
        {
            return answer;
        }

        return Wish(words) ?? Faq(words) ?? Fallback(words);
    }

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

    private static Recognized Fallback(IReadOnlyList<string> words) =>
        Recognized.Of(SupportPhrases.Call.IsFoundIn(words) ? Intent.TalkToSomeone
            : CommandPhrases.Greeting.IsFoundIn(words) ? Intent.Greeting
            : Intent.None);

    /// <summary>The whole message is one of <paramref name="phrases"/>, perhaps with polite words ("nej tack").</summary>
    private static bool Alone(PhraseList phrases, IReadOnlyList<string> words) =>
        words.Count <= 3 && phrases.IsFoundIn(words.Take(1).ToArray())
        && words.Skip(1).All(w => CommandPhrases.Polite.IsFoundIn([w]));
}
