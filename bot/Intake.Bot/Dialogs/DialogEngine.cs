using Intake.Bot.Faq;
using Intake.Bot.Intents;
using Intake.Bot.Safety;
using Intake.Core.Localization;
using Intake.Core.Submissions;

namespace Intake.Bot.Dialogs;

/// <summary>
/// One turn of a conversation: the safety gate first, then commands, then the flow the person is in. Each of the
/// three submission kinds walks the shared question model one question at a time, validated by the same validator as
/// the web form, ends in a summary to send, change or cancel, and is sent through the same service as the API.
/// </summary>
internal sealed class DialogEngine(ISubmissionPort submissions)
{
    public async Task<IReadOnlyList<BotReply>> TurnAsync(DialogState state, string? text, CancellationToken cancellationToken)
    {
        text = (text ?? string.Empty).Trim();
        var replies = new List<BotReply>();
        var signal = SafetyGate.Assess(text);
        if (signal != RiskSignal.None)
        {
            replies.Add(BotReply.Say(SafetyGate.FirstReply(signal)[state.Language]));
        }

        var recognized = IntentRecognizer.Recognize(text);
        var isCommand = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4;
        if (isCommand && recognized.Intent == Intent.ChangeLanguage)
        {
            state.Language = recognized.Language ?? (state.Language == Language.Swedish ? Language.English : Language.Swedish);
            replies.Add(BotReply.Say(new LocalizedText("Jag skriver på svenska nu.", "I will write in English now.")[state.Language]));
            replies.AddRange(Continue(state));
            return replies;
        }

        if (!state.Greeted)
        {
            state.Greeted = true;
            replies.Add(BotReply.Say(BotTexts.Greeting[state.Language]));
        }

        if (isCommand && recognized.Intent is Intent.Cancel or Intent.Restart && (state.Kind is not null || recognized.Intent == Intent.Restart))
        {
            state.ClearFlow();
            replies.Add(BotReply.Say(BotTexts.Cancelled[state.Language]));
            replies.Add(Menu(state.Language));
            return replies;
        }

        if (state.Confirming)
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

    private static IEnumerable<BotReply> Start(DialogState state, string text, Recognized recognized)
    {
        var l = state.Language;
        SubmissionKind? kind = recognized.Intent switch
        {
            Intent.ReportConcern => SubmissionKind.Concern,
            Intent.SupportForSelf => SubmissionKind.SupportRequest,
            Intent.SupportAsRelative => SubmissionKind.RelativeSupportRequest,
            _ => MenuChoice(text, l),
        };
        if (kind is { } k)
        {
            state.ClearFlow();
            state.Kind = k;
            return Continue(state);
        }

        return recognized.Intent switch
        {
            Intent.Faq when recognized.FaqTopic is { } topic => [BotReply.Say(FaqAnswers.Answer(topic)[l]), Menu(l)],
            Intent.TalkToSomeone => [BotReply.Say(new LocalizedText(
                "Ring Kundcenter på 063-14 30 00 på vardagar under kontorstid. Utanför kontorstid kan du ansöka om stöd här, så ringer en socialsekreterare upp dig. Behöver du prata nu: Självmordslinjen 90101, eller 112 om det är akut.",
                "Call Kundcenter on +46 63 14 30 00 on weekdays during office hours. Outside office hours you can apply for support here and a social worker will call you back. If you need to talk now: Självmordslinjen 90101, or 112 in an emergency.")[l]), Menu(l)],
            _ => [Menu(l)],
        };
    }

    private static SubmissionKind? MenuChoice(string text, Language l)
    {
        var normalized = AnswerReader.Normalize(text);
        bool Is(LocalizedText choice, string number) => normalized == number || normalized == AnswerReader.Normalize(choice[l])
            || normalized == AnswerReader.Normalize(choice.Swedish) || normalized == AnswerReader.Normalize(choice.English);
        return Is(BotTexts.ChoiceConcern, "1") ? SubmissionKind.Concern
            : Is(BotTexts.ChoiceSelf, "2") ? SubmissionKind.SupportRequest
            : Is(BotTexts.ChoiceRelative, "3") ? SubmissionKind.RelativeSupportRequest
            : null;
    }

    private static BotReply Menu(Language l) =>
        new(BotTexts.WhatDoYouWant[l], [BotTexts.ChoiceConcern[l], BotTexts.ChoiceSelf[l], BotTexts.ChoiceRelative[l]]);

    private static IEnumerable<BotReply> Answer(DialogState state, Question question, string text, Recognized recognized)
    {
        var l = state.Language;
        if (!question.Required && AnswerReader.IsSkip(text))
        {
            state.Answers[question.Id] = [];
            return Continue(state);
        }

        var raw = AnswerReader.Read(question, text);
        if (raw is null)
        {
            // A question of their own in the middle: answer it, then ask ours again. Nothing already given is lost.
            var aside = recognized is { Intent: Intent.Faq, FaqTopic: { } topic } ? FaqAnswers.Answer(topic)[l] : BotTexts.DidNotUnderstand[l];
            return [BotReply.Say(aside), QuestionPrompts.Ask(question, l)];
        }

        var errors = DialogValidation.ErrorsFor(state, question, raw);
        if (errors.Count > 0)
        {
            var model = QuestionModel.For(state.Kind!.Value);
            return [BotReply.Say(ValidationMessages.Format(errors[0], model, l)), QuestionPrompts.Ask(question, l)];
        }

        state.Answers[question.Id] = DialogValidation.Values(raw);
        var notes = new List<BotReply>();
        if (question.Id == "about" && state.AnswerOf("about") == "child")
        {
            notes.Add(BotReply.Say(BotTexts.ChildRules[l]));
        }

        return notes.Concat(Continue(state));
    }

    /// <summary>Ask the next question that applies and is not answered; when none is left, show the summary.</summary>
    private static IEnumerable<BotReply> Continue(DialogState state)
    {
        if (state.Kind is not { } kind)
        {
            return [Menu(state.Language)];
        }

        var model = QuestionModel.For(kind);
        var next = model.Questions.FirstOrDefault(q => !state.Answers.ContainsKey(q.Id) && q.IsAskedGiven(state.AnswerOf));
        state.Asking = next?.Id;
        if (next is not null)
        {
            var intro = next.Id == "professional" ? [BotReply.Say(BotTexts.Anonymity[state.Language])] : Array.Empty<BotReply>();
            return [.. intro, QuestionPrompts.Ask(next, state.Language)];
        }

        // Everything asked: check the whole, as the service will (e.g. phone or e-mail), before the summary.
        var check = SubmissionValidator.Validate(model, DialogValidation.Input(state), DateOnly.FromDateTime(DateTime.UtcNow));
        if (!check.IsValid && model.TryGetQuestion(check.Errors[0].Field, out var failing))
        {
            state.Answers.Remove(failing.Id);
            state.Asking = failing.Id;
            return [BotReply.Say(ValidationMessages.Format(check.Errors[0], model, state.Language)), QuestionPrompts.Ask(failing, state.Language)];
        }

        state.Confirming = true;
        return [DialogSummary.Show(state)];
    }

    private async Task<IEnumerable<BotReply>> ConfirmAsync(DialogState state, string text, Recognized recognized, CancellationToken cancellationToken)
    {
        var l = state.Language;
        var normalized = AnswerReader.Normalize(text);
        if (normalized == AnswerReader.Normalize(BotTexts.Change[l]) || normalized is "ändra" or "change")
        {
            state.Confirming = false;
            state.ChoosingChange = true;
            return [DialogSummary.WhichToChange(state)];
        }

        if (!(recognized.Intent == Intent.Yes || normalized == AnswerReader.Normalize(BotTexts.Send[l]) || normalized is "skicka" or "send"))
        {
            return [BotReply.Say(BotTexts.DidNotUnderstand[l]), DialogSummary.Show(state)];
        }

        var kind = state.Kind!.Value;
        var result = await submissions.SubmitAsync(kind, DialogValidation.Input(state), l, cancellationToken);
        switch (result)
        {
            case SubmitResult.Accepted accepted:
                state.LastReference = accepted.Reference;
                state.ClearFlow();
                return [BotReply.Say(string.Format(System.Globalization.CultureInfo.InvariantCulture, BotTexts.Sent[l], accepted.Reference)), BotReply.Say(accepted.WhatHappensNext)];
            case SubmitResult.Invalid invalid:
                var error = invalid.Errors[0];
                state.Confirming = false;
                state.Answers.Remove(error.Field);
                return [BotReply.Say(ValidationMessages.Format(error, QuestionModel.For(kind), l)), .. Continue(state)];
            default:
                return [BotReply.Say(BotTexts.Unavailable[l])];
        }
    }

    private static IEnumerable<BotReply> ChooseChange(DialogState state, string text)
    {
        var model = QuestionModel.For(state.Kind!.Value);
        var normalized = AnswerReader.Normalize(text);
        var question = model.Questions.FirstOrDefault(q => state.Answers.ContainsKey(q.Id)
            && (AnswerReader.Normalize(q.Label[state.Language]) == normalized || AnswerReader.Normalize(q.Name[state.Language]) == normalized));
        if (question is null)
        {
            return [BotReply.Say(BotTexts.DidNotUnderstand[state.Language]), DialogSummary.WhichToChange(state)];
        }

        state.ChoosingChange = false;
        state.Answers.Remove(question.Id);
        state.Asking = question.Id;
        return [QuestionPrompts.Ask(question, state.Language)];
    }
}
