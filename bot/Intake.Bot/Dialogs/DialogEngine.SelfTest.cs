using System.Globalization;
using Intake.Bot.Audit;
using Intake.Bot.Intents;
using Intake.Core.Localization;

namespace Intake.Bot.Dialogs;

/// <summary>
/// The AUDIT self-test: ten questions with answer buttons, the WHO's skip rules (never drinks, or no drinking on
/// typical and heavy days → straight to questions 9 and 10, the skipped ones scoring 0), the limits to compare with
/// when more than one profile is configured, and a kind result. The answers live in the conversation state only
/// while the test runs; the result only while the person decides whether to send it with a support request.
/// </summary>
internal sealed partial class DialogEngine
{
    private const int LastSkippableQuestion = 8;

    private IEnumerable<BotReply> StartSelfTest(DialogState state)
    {
        state.SelfTest = new SelfTestProgress();
        return [BotReply.Say(BotTexts.SelfTestIntro[state.Language]), AskSelfTest(state)];
    }

    private BotReply AskSelfTest(DialogState state)
    {
        var l = state.Language;
        var progress = state.SelfTest!;
        if (progress.ChoosingProfile)
        {
            return new(BotTexts.SelfTestWhichLimits[l], [.. settings.AuditProfiles.Select(p => p.Label[l])]);
        }

        var question = AuditQuestionnaire.Questions[progress.Answers.Count];
        return new(
            string.Format(CultureInfo.InvariantCulture, BotTexts.SelfTestQuestion[l], question.Number) + question.Text[l],
            [.. question.Answers.Select(a => a.Label[l])]);
    }

    private IEnumerable<BotReply> AnswerSelfTest(DialogState state, string text, Recognized recognized)
    {
        var progress = state.SelfTest!;
        if (progress.ChoosingProfile)
        {
            var chosen = Pick(text, settings.AuditProfiles.Select(p => p.Label).ToList());
            return chosen is { } index ? Finish(state, settings.AuditProfiles[index]) : Aside(state, recognized, AskSelfTest(state));
        }

        var question = AuditQuestionnaire.Questions[progress.Answers.Count];
        if (ReadAnswer(question, text) is not { } answer)
        {
            return Aside(state, recognized, AskSelfTest(state));
        }

        progress.Answers.Add(answer);
        var replies = new List<BotReply>();
        var neverDrinks = question.Number == 1 && answer == 0;
        var noDrinkingDays = question.Number == 3 && progress.Answers[1] + progress.Answers[2] == 0;
        if (neverDrinks || noDrinkingDays)
        {
            while (progress.Answers.Count < LastSkippableQuestion)
            {
                progress.Answers.Add(0);
            }

            replies.Add(BotReply.Say(BotTexts.SelfTestSkipToLast[state.Language]));
        }

        if (progress.Answers.Count < AuditQuestionnaire.Questions.Count)
        {
            replies.Add(AskSelfTest(state));
            return replies;
        }

        if (settings.AuditProfiles.Count > 1)
        {
            progress.ChoosingProfile = true;
            replies.Add(AskSelfTest(state));
            return replies;
        }

        return Finish(state, settings.AuditProfiles[0]);
    }

    /// <summary>The result, and then the answers are gone; only the score waits for the person's choice.</summary>
    private static IEnumerable<BotReply> Finish(DialogState state, AuditProfile profile)
    {
        var l = state.Language;
        var score = AuditScoring.Score(state.SelfTest!.Answers);
        var level = AuditScoring.Classify(score, profile);
        state.SelfTest = null;
        state.SelfTestResult = new SelfTestResult { Score = score, Profile = profile.Name, Level = level };
        state.Offer = Offer.AfterSelfTest;
        var result = string.Format(CultureInfo.InvariantCulture, BotTexts.SelfTestScore[l], score) + " " + profile.Description[l]
            + "\n\n" + AuditScoring.Result(level)[l];
        return
        [
            BotReply.Say(result),
            new(BotTexts.SelfTestOffer[l], [BotTexts.ApplyWithResult[l], BotTexts.ApplyWithoutResult[l], BotTexts.NoThanks[l]]),
        ];
    }

    /// <summary>
    /// A button's label in either language, or its number in the list. For question 2 a number is a count of
    /// drinks ("3" → "3–4"), not a position.
    /// </summary>
    private static int? ReadAnswer(AuditQuestion question, string text)
    {
        if (question.Number == 2 && int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var drinks))
        {
            return drinks switch
            {
                <= 2 => 0,
                <= 4 => 1,
                <= 6 => 2,
                <= 9 => 3,
                _ => 4,
            };
        }

        return Pick(text, question.Answers.Select(a => a.Label).ToList());
    }

    private static int? Pick(string text, List<LocalizedText> labels)
    {
        var normalized = Dashes(AnswerReader.Normalize(text));
        if (int.TryParse(normalized, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= labels.Count)
        {
            return number - 1;
        }

        for (var i = 0; i < labels.Count; i++)
        {
            if (normalized == Dashes(AnswerReader.Normalize(labels[i].Swedish)) || normalized == Dashes(AnswerReader.Normalize(labels[i].English)))
            {
                return i;
            }
        }

        return null;
    }

    private static string Dashes(string text) => text.Replace('–', '-').Replace(" - ", "-", StringComparison.Ordinal);
}
