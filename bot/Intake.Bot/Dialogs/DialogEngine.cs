using Intake.Bot.Faq;
using Intake.Bot.Intents;
using Intake.Bot.Safety;
using Intake.Bot.SelfTests;
using Intake.Bot.Text;
using Intake.Core.Localization;
using Intake.Core.Submissions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.Bot.Dialogs;

/// <summary>
/// One turn of a conversation: the safety gate first, then commands (language, cancel, restart, help), then the
/// flow the person is in: an offer waiting for yes or no, the self-test, or one of the three submission kinds.
/// Each kind walks the shared question model one question at a time, validated by the same validator as the web
/// form, ends in a summary to send, change or cancel, and is sent through the same service as the API. Every reply
/// leaves through the municipality's facts (<see cref="Said"/>): a text names Kundcenter or a unit as <c>{Name}</c>.
/// </summary>
internal sealed partial class DialogEngine(ISubmissionPort submissions, DialogSettings settings, ILogger? logger = null)
{
    private readonly ILogger logger = logger ?? NullLogger.Instance;

    /// <summary>What the person can start from the menu or by saying so. <see cref="Choice.SelfTest"/>: a self-test,
    /// which one not said (the person is asked); the others: that test.</summary>
    private enum Choice
    {
        None,
        Concern,
        Self,
        Relative,
        SelfTest,
        Talk,
        AlcoholTest,
        DrugsTest,
        GamblingTest,
    }

    /// <summary>Greets a person who joined the conversation (a channel's conversationUpdate), once.</summary>
    public IReadOnlyList<BotReply> Greet(DialogState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Greeted)
        {
            return [];
        }

        state.Greeted = true;
        return Said(state, [BotReply.Say(BotTexts.Greeting[state.Language]), Menu(state.Language)]);
    }

    public async Task<IReadOnlyList<BotReply>> TurnAsync(DialogState state, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Said(state, await ReplyAsync(state, text, cancellationToken));
    }

    /// <summary>
    /// What the bot says, in the municipality's words: <c>{Name}</c> in a text or a button becomes the fact
    /// (<see cref="MunicipalFacts"/>), in the language the turn ended in. The summary, which holds what the person
    /// wrote, was rendered as it was put together and passes as it is.
    /// </summary>
    private List<BotReply> Said(DialogState state, IEnumerable<BotReply> replies)
    {
        List<BotReply> said =
        [
            .. replies.Select(r => r.HasPersonsWords ? r : r with
            {
                Text = settings.Facts.Render(r.Text, state.Language),
                Choices = [.. r.Choices.Select(c => settings.Facts.Render(c, state.Language))],
            }),
        ];
        state.Offered = [.. said.Where(r => !r.HasPersonsWords).SelectMany(r => r.Choices).Select(ButtonKey).Distinct()];
        return said;
    }

    /// <summary>A button's label as the gate compares it: normalised words (case, diacritics, punctuation aside).</summary>
    private static string ButtonKey(string label) => string.Join(' ', TextNormalizer.Words(label));

    private async Task<IEnumerable<BotReply>> ReplyAsync(DialogState state, string? text, CancellationToken cancellationToken)
    {
        text = (text ?? string.Empty).Trim();
        var replies = new List<BotReply>();
        // A button the bot just showed, pressed or typed as it stands, is an answer ("I would rather not say").
        var risk = text.Length > 0 && state.Offered.Contains(ButtonKey(text))
            ? RiskAssessment.None with { Reason = "a button shown" }
            : SafetyGate.Evaluate(text);
        var signal = risk.Signal;
        if (!state.LanguageChosen && !IsMidQuestion(state) && LanguageGuess.Of(text) is { } written)
        {
            state.Language = written;
        }

        if (risk.IsCrisis)
        {
            LogCrisisReply(logger, risk.Signal, risk.ChildConcerned, risk.Reason);
            SafetyMetrics.Hit(risk);
            replies.Add(BotReply.Say(SafetyGate.FirstReply(risk)[state.Language]));
        }

        var recognized = IntentRecognizer.Recognize(FactNames.AsKeywords(text, settings.Facts));
        if (risk.IsCrisis && recognized.Intent == Intent.UnansweredQuestion)
        {
            // After the crisis numbers, "I do not know" would read as an answer to the cry itself.
            recognized = Recognized.Of(Intent.None);
        }

        var isCommand = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4;
        if (isCommand && recognized.Intent == Intent.ChangeLanguage)
        {
            state.Language = recognized.Language ?? (state.Language == Language.Swedish ? Language.English : Language.Swedish);
            state.LanguageChosen = true;
            replies.Add(BotReply.Say(new LocalizedText("Jag skriver på svenska nu.", "I will write in English now.")[state.Language]));
            state.Greeted = true;
            replies.AddRange(Resume(state));
            return replies;
        }

        if (!state.Greeted)
        {
            state.Greeted = true;
            replies.Add(BotReply.Say(BotTexts.Greeting[state.Language]));
        }

        if (isCommand && (recognized.Intent == Intent.Restart || (recognized.Intent == Intent.Cancel && IsInFlow(state))))
        {
            state.ClearFlow();
            replies.Add(BotReply.Say(BotTexts.Cancelled[state.Language]));
            replies.Add(Menu(state.Language));
            return replies;
        }

        if (isCommand && recognized.Intent == Intent.Help)
        {
            replies.Add(BotReply.Say(BotTexts.Help[state.Language]));
            replies.AddRange(Resume(state));
            return replies;
        }

        if (signal != RiskSignal.None && IsInFlow(state) && !IsDescriptionPending(state))
        {
            // A cry for help is not a name, a phone number or a button: after the numbers, ask again, and keep it nowhere.
            replies.AddRange(Resume(state));
            return replies;
        }

        if (state.Offer != Offer.None)
        {
            replies.AddRange(AnswerOffer(state, text, recognized));
        }
        else if (state.SelfTest is not null)
        {
            replies.AddRange(AnswerSelfTest(state, text, recognized));
        }
        else if (state.Confirming)
        {
            replies.AddRange(await ConfirmAsync(state, text, recognized, cancellationToken));
        }
        else if (state.ChoosingChange)
        {
            replies.AddRange(ChooseChange(state, text));
        }
        else if (state.Kind is { } kind && state.Asking is { } asking && QuestionModel.For(kind).TryGetQuestion(asking, out var question))
        {
            replies.AddRange(Answer(state, question, text, recognized));
        }
        else
        {
            replies.AddRange(Start(state, text, recognized));
        }

        return replies;
    }

    private static bool IsInFlow(DialogState state) =>
        state.Kind is not null || state.SelfTest is not null || state.Offer != Offer.None || state.SelfTestResult is not null;

    /// <summary>A free-text description is pending: what the person wrote, alarming or not, is what they want us to know.</summary>
    private static bool IsDescriptionPending(DialogState state) =>
        state is { Offer: Offer.None, SelfTest: null, Confirming: false, ChoosingChange: false, Kind: { } kind, Asking: { } asking }
        && QuestionModel.For(kind).TryGetQuestion(asking, out var question) && question.Type == FieldType.LongText;

    /// <summary>Waiting for an answer whose words are the person's own (a name, a description): no language guessing.</summary>
    private static bool IsMidQuestion(DialogState state) => state.Kind is not null || state.SelfTest is not null;

    /// <summary>What the bot was waiting for, asked again (after help, a language change, an aside).</summary>
    private IEnumerable<BotReply> Resume(DialogState state)
    {
        if (state.Offer != Offer.None)
        {
            return [OfferAgain(state)];
        }

        if (state.SelfTest is not null)
        {
            return [AskSelfTest(state)];
        }

        if (state.Kind is not null)
        {
            return state.ChoosingChange ? [DialogSummary.WhichToChange(state)] : Continue(state);
        }

        return [Menu(state.Language)];
    }

    private IEnumerable<BotReply> Start(DialogState state, string text, Recognized recognized)
    {
        var l = state.Language;
        var choice = ChoiceOf(recognized) is var wanted and not Choice.None ? wanted : MenuChoice(text, l);
        if (choice != Choice.None)
        {
            return Begin(state, choice);
        }

        return recognized.Intent switch
        {
            Intent.Faq when recognized.FaqTopic is { } topic => [BotReply.Say(FaqAnswers.Answer(topic)[l]), Menu(l)],
            Intent.UnansweredQuestion => [BotReply.Say(FaqAnswers.Unknown[l]), Menu(l)],
            _ => [Menu(l)],
        };
    }

    private IEnumerable<BotReply> Begin(DialogState state, Choice choice)
    {
        state.ClearFlow();
        switch (choice)
        {
            case Choice.SelfTest or Choice.AlcoholTest or Choice.DrugsTest or Choice.GamblingTest:
                return StartSelfTest(state, TestOf(choice));
            case Choice.Talk:
                return Talk(state);
            default:
                state.Kind = choice switch
                {
                    Choice.Concern => SubmissionKind.Concern,
                    Choice.Self => SubmissionKind.SupportRequest,
                    _ => SubmissionKind.RelativeSupportRequest,
                };
                return Continue(state);
        }
    }

    private static Choice ChoiceOf(Recognized recognized) => recognized.Intent switch
    {
        Intent.ReportConcern => Choice.Concern,
        Intent.SupportForSelf => Choice.Self,
        Intent.SupportAsRelative => Choice.Relative,
        Intent.SelfTest => recognized.Test switch
        {
            SelfTestKind.Alcohol => Choice.AlcoholTest,
            SelfTestKind.Drugs => Choice.DrugsTest,
            SelfTestKind.Gambling => Choice.GamblingTest,
            _ => Choice.SelfTest,
        },
        Intent.TalkToSomeone => Choice.Talk,
        _ => Choice.None,
    };

    private static Choice MenuChoice(string text, Language l)
    {
        var normalized = AnswerReader.Normalize(text);
        bool Is(LocalizedText choice, string number) => normalized == number || normalized == AnswerReader.Normalize(choice[l])
            || normalized == AnswerReader.Normalize(choice.Swedish) || normalized == AnswerReader.Normalize(choice.English);
        return Is(BotTexts.ChoiceConcern, "1") ? Choice.Concern
            : Is(BotTexts.ChoiceSelf, "2") ? Choice.Self
            : Is(BotTexts.ChoiceRelative, "3") ? Choice.Relative
            : Is(BotTexts.ChoiceSelfTest, "4") ? Choice.SelfTest
            : Is(BotTexts.ChoiceTalk, "5") ? Choice.Talk
            : Choice.None;
    }

    private static BotReply Menu(Language l) => new(
        BotTexts.WhatDoYouWant[l],
        [BotTexts.ChoiceConcern[l], BotTexts.ChoiceSelf[l], BotTexts.ChoiceRelative[l], BotTexts.ChoiceSelfTest[l], BotTexts.ChoiceTalk[l]]);

    /// <summary>
    /// Something that is not an answer, in the middle of a flow: a wish to do something else is offered as a switch
    /// (nothing is dropped without asking), a question is answered; then the flow goes on.
    /// </summary>
    private IEnumerable<BotReply> Aside(DialogState state, Recognized recognized, BotReply askAgain)
    {
        var l = state.Language;
        var choice = ChoiceOf(recognized);
        if ((choice is Choice.Concern or Choice.Self or Choice.Relative || IsSelfTest(choice)) && !IsCurrent(state, choice))
        {
            state.Offer = Offer.Switch;
            state.SwitchTo = choice.ToString();
            return [OfferAgain(state)];
        }

        var aside = choice == Choice.Talk ? TalkAside(l) : QuestionAside(recognized, l);
        return [BotReply.Say(aside), askAgain];
    }

    /// <summary>A question's answer (or the honest "I do not know") beside a flow; anything else was not understood.</summary>
    private static string QuestionAside(Recognized recognized, Language l) => recognized switch
    {
        { Intent: Intent.Faq, FaqTopic: { } topic } => FaqAnswers.Answer(topic)[l],
        { Intent: Intent.UnansweredQuestion } => FaqAnswers.Unknown[l],
        _ => BotTexts.DidNotUnderstand[l],
    };

    private static bool IsCurrent(DialogState state, Choice choice) => choice switch
    {
        Choice.Concern => state.Kind == SubmissionKind.Concern,
        Choice.Self => state.Kind == SubmissionKind.SupportRequest,
        Choice.Relative => state.Kind == SubmissionKind.RelativeSupportRequest,
        Choice.SelfTest => state.SelfTest is not null,
        _ when TestOf(choice) is { } test => state.SelfTest?.Kind == test,
        _ => false,
    };

    private BotReply OfferAgain(DialogState state)
    {
        var l = state.Language;
        return state.Offer switch
        {
            Offer.CallBack => new(BotTexts.TalkClosed[l].Replace("{0}", NextOpening(l), StringComparison.Ordinal), [BotTexts.CallMeBack[l], BotTexts.NoThanks[l]]),
            Offer.AfterSelfTest => new(BotTexts.SelfTestOffer[l], [BotTexts.ApplyWithResult[l], BotTexts.ApplyWithoutResult[l], BotTexts.NoThanks[l]]),
            Offer.ChooseSelfTest => WhichSelfTest(l),
            _ => new(
                BotTexts.SwitchOffer[l].Replace("{0}", SwitchName(state.SwitchTo)[l], StringComparison.Ordinal),
                [BotTexts.SwitchYes[l], BotTexts.SwitchNo[l]]),
        };
    }

    private static LocalizedText SwitchName(string? choice) => Enum.TryParse<Choice>(choice, out var c) ? c switch
    {
        Choice.Concern => BotTexts.ToConcern,
        Choice.Self => BotTexts.ToSelf,
        Choice.Relative => BotTexts.ToRelative,
        _ => SelfTestPrompts.SwitchName(TestOf(c)),
    } : SelfTestPrompts.SwitchName(null);

    private IEnumerable<BotReply> AnswerOffer(DialogState state, string text, Recognized recognized)
    {
        var l = state.Language;
        var normalized = AnswerReader.Normalize(text);
        bool Is(LocalizedText button) => normalized == AnswerReader.Normalize(button.Swedish) || normalized == AnswerReader.Normalize(button.English);
        var no = recognized.Intent == Intent.No || Is(BotTexts.NoThanks);
        switch (state.Offer)
        {
            case Offer.CallBack when recognized.Intent == Intent.Yes || Is(BotTexts.CallMeBack):
                state.ClearFlow();
                state.CallBack = true;
                state.Kind = SubmissionKind.SupportRequest;
                return [BotReply.Say(BotTexts.CallBackStart[l]), .. Continue(state)];
            case Offer.CallBack when no:
                state.Offer = Offer.None;
                return [BotReply.Say(BotTexts.CallBackDeclined[l]), Menu(l)];
            case Offer.AfterSelfTest when Is(BotTexts.ApplyWithResult):
                state.Offer = Offer.None;
                state.SelfTestResult!.Attached = true;
                state.Kind = SubmissionKind.SupportRequest;
                return Continue(state);
            case Offer.AfterSelfTest when Is(BotTexts.ApplyWithoutResult):
                state.ClearFlow();
                state.Kind = SubmissionKind.SupportRequest;
                return Continue(state);
            case Offer.AfterSelfTest when no:
                state.ClearFlow();
                return [BotReply.Say(BotTexts.SelfTestDeclined[l]), Menu(l)];
            case Offer.ChooseSelfTest when ChosenSelfTest(text) is { } test:
                state.ClearFlow();
                return StartSelfTest(state, test);
            case Offer.ChooseSelfTest when no:
                state.ClearFlow();
                return [Menu(l)];
            case Offer.Switch when recognized.Intent == Intent.Yes || Is(BotTexts.SwitchYes):
                var target = Enum.TryParse<Choice>(state.SwitchTo, out var c) ? c : Choice.None;
                return Begin(state, target);
            case Offer.Switch when no || Is(BotTexts.SwitchNo):
                state.Offer = Offer.None;
                state.SwitchTo = null;
                return Resume(state);
        }

        // Neither yes nor no. Something else they want (outside a half-filled form) is simply started.
        if (state.Offer != Offer.Switch && ChoiceOf(recognized) is var choice and not Choice.None)
        {
            return Begin(state, choice);
        }

        return [BotReply.Say(QuestionAside(recognized, l)), OfferAgain(state)];
    }

    /// <summary>Why the crisis reply was given: the signal and the rule or scores, never the message.</summary>
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information,
        Message = "Safety gate: crisis reply for {Signal} (child line {ChildConcerned}) by {Reason}")]
    private static partial void LogCrisisReply(ILogger logger, RiskSignal signal, bool childConcerned, string reason);
}
