using System.Globalization;
using Intake.Bot.Audit;
using Intake.Bot.Intents;
using Intake.Bot.SelfTests;
using Intake.Bot.Text;
using Intake.Core.Localization;

namespace Intake.Bot.Dialogs;

/// <summary>
/// The self-tests: AUDIT (alcohol), DUDIT (drugs) and PGSI (gambling), asked for by name or topic, or picked from a
/// question when the person did not say which. Questions with answer buttons; AUDIT's skip rules (never drinks, or no
/// drinking on typical and heavy days → straight to questions 9 and 10, the skipped ones scoring 0); the limits to
/// compare with when there is a choice (AUDIT's profiles, DUDIT's by sex); a kind result. The answers live in the
/// conversation state only while the test runs; the result only while the person decides whether to send it with a
/// support request.
/// </summary>
internal sealed partial class DialogEngine
{
    /// <summary>The test asked for, or the question which one when the person did not say.</summary>
    private IEnumerable<BotReply> StartSelfTest(DialogState state, SelfTestKind? kind)
    {
        if (kind is not { } test)
        {
            state.Offer = Offer.ChooseSelfTest;
            return [OfferAgain(state)];
        }

        state.SelfTest = new SelfTestProgress { Kind = test };
        return [BotReply.Say(SelfTestPrompts.Intro(test)[state.Language]), AskSelfTest(state)];
    }

    /// <summary>The test a choice names; null for "a self-test" (which one not said) and for anything else.</summary>
    private static SelfTestKind? TestOf(Choice choice) => choice switch
    {
        Choice.AlcoholTest => SelfTestKind.Alcohol,
        Choice.DrugsTest => SelfTestKind.Drugs,
        Choice.GamblingTest => SelfTestKind.Gambling,
        _ => null,
    };

    private static bool IsSelfTest(Choice choice) => choice is Choice.SelfTest or Choice.AlcoholTest or Choice.DrugsTest or Choice.GamblingTest;

    private static BotReply WhichSelfTest(Language l) =>
        new(SelfTestPrompts.WhichTest[l], [.. SelfTestInstrument.All.Select(t => SelfTestPrompts.Choice(t.Kind)[l])]);

    /// <summary>The answer to "which self-test?": a button, its number, or a word for the topic ("spel", "drugs").</summary>
    private static SelfTestKind? ChosenSelfTest(string text)
    {
        var kinds = SelfTestInstrument.All.Select(t => t.Kind).ToList();
        return Pick(text, [.. kinds.Select(SelfTestPrompts.Choice)]) is { } index ? kinds[index] : SelfTestTopics.Of(TextNormalizer.Words(text));
    }

    private BotReply AskSelfTest(DialogState state)
    {
        var l = state.Language;
        var progress = state.SelfTest!;
        if (progress.ChoosingProfile)
        {
            return new(SelfTestPrompts.WhichLimits(progress.Kind)[l], [.. settings.SelfTests.Choices(progress.Kind).Select(c => c.Label[l])]);
        }

        var questions = SelfTestInstrument.For(progress.Kind).Questions;
        var question = questions[progress.Answers.Count];
        return new(
            string.Format(CultureInfo.InvariantCulture, BotTexts.SelfTestQuestion[l], question.Number, questions.Count) + question.Text[l],
            [.. question.Answers.Select(a => a.Label[l])]);
    }

    private IEnumerable<BotReply> AnswerSelfTest(DialogState state, string text, Recognized recognized)
    {
        var progress = state.SelfTest!;
        var choices = settings.SelfTests.Choices(progress.Kind);
        if (progress.ChoosingProfile)
        {
            var chosen = Pick(text, [.. choices.Select(c => c.Label)]);
            return chosen is { } index ? Finish(state, choices[index].Name) : Aside(state, recognized, AskSelfTest(state));
        }

        var test = SelfTestInstrument.For(progress.Kind);
        if (ReadAnswer(test.Questions[progress.Answers.Count], text) is not { } answer)
        {
            return Aside(state, recognized, AskSelfTest(state));
        }

        progress.Answers.Add(answer);
        var replies = new List<BotReply>();
        var skipped = false;
        while (progress.Answers.Count < test.Questions.Count && test.IsSkipped(progress.Answers.Count, progress.Answers))
        {
            progress.Answers.Add(0);
            skipped = true;
        }

        if (skipped)
        {
            replies.Add(BotReply.Say(BotTexts.SelfTestSkipToLast[state.Language]));
        }

        if (progress.Answers.Count < test.Questions.Count || choices.Count > 1)
        {
            progress.ChoosingProfile = progress.Answers.Count == test.Questions.Count;
            replies.Add(AskSelfTest(state));
            return replies;
        }

        return [.. replies, .. Finish(state, choices.Count == 1 ? choices[0].Name : settings.SelfTests.DefaultChoice(progress.Kind))];
    }

    /// <summary>The result, and then the answers are gone; only the score waits for the person's choice.</summary>
    private IEnumerable<BotReply> Finish(DialogState state, string choice)
    {
        var l = state.Language;
        var progress = state.SelfTest!;
        var test = SelfTestInstrument.For(progress.Kind);
        var score = test.Score(progress.Answers);
        var reading = settings.SelfTests.Read(progress.Kind, score, choice);
        state.SelfTest = null;
        state.SelfTestResult = new SelfTestResult
        {
            Kind = progress.Kind,
            Score = score,
            Profile = choice,
            Level = progress.Kind == SelfTestKind.Alcohol ? AuditScoring.Classify(score, settings.SelfTests.ProfileNamed(choice)) : default,
        };
        state.Offer = Offer.AfterSelfTest;
        var result = string.Format(CultureInfo.InvariantCulture, BotTexts.SelfTestScore[l], score, test.MaxScore) + " " + reading.Limits[l]
            + "\n\n" + reading.InTheChat[l];
        return
        [
            BotReply.Say(result),
            new(BotTexts.SelfTestOffer[l], [BotTexts.ApplyWithResult[l], BotTexts.ApplyWithoutResult[l], BotTexts.NoThanks[l]]),
        ];
    }

    /// <summary>The attached result as it is read again for the summary and the social worker.</summary>
    private SelfTestReading Reading(SelfTestResult result) => settings.SelfTests.Read(result.Kind, result.Score, result.Profile);

    /// <summary>
    /// A button's label in either language, or its number in the list. For a question about a count (AUDIT's
    /// drinks, DUDIT's times a day) a number is a count ("3" → "3–4"), not a position.
    /// </summary>
    private static int? ReadAnswer(SelfTestQuestion question, string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && question.AnswerForCount(count) is { } band
            ? band
            : Pick(text, [.. question.Answers.Select(a => a.Label)]);

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
