using System.Globalization;
using Intake.Bot.Intents;
using Intake.Core.Localization;
using Intake.Core.Submissions;

namespace Intake.Bot.Dialogs;

/// <summary>The three submission kinds: one question at a time, the summary, changes, and sending.</summary>
internal sealed partial class DialogEngine
{
    private IEnumerable<BotReply> Answer(DialogState state, Question question, string text, Recognized recognized)
    {
        var l = state.Language;
        if (AnswerReader.IsSkip(text) && !question.Required)
        {
            if (IsCallBackPhone(state, question))
            {
                return [BotReply.Say(BotTexts.CallBackNeedsPhone[l]), Ask(state, question)];
            }

            state.Answers[question.Id] = [];
            return Continue(state);
        }

        var raw = IsQuestionInsteadOfAnswer(question, text, recognized) ? null : AnswerReader.Read(question, text);
        if (raw is null)
        {
            // Not an answer: a question of their own, or a wish to do something else. Nothing already given is lost.
            return Aside(state, recognized, Ask(state, question));
        }

        var errors = DialogValidation.ErrorsFor(state, question, raw);
        if (errors.Count > 0)
        {
            var model = QuestionModel.For(state.Kind!.Value);
            return [BotReply.Say(ValidationMessages.Format(errors[0], model, l)), Ask(state, question)];
        }

        state.Answers[question.Id] = DialogValidation.Values(raw);
        var notes = new List<BotReply>();
        if (question.Id == "about" && state.AnswerOf("about") == "child")
        {
            notes.Add(BotReply.Say(BotTexts.ChildRules[l]));
        }

        return notes.Concat(Continue(state));
    }

    /// <summary>
    /// A question of their own where a name, a number or an address was asked for ("vad händer sen?"): answered
    /// beside the form, never kept as the answer: a topic asked about ("vad händer sen", "sekretess?"), or any question
    /// with a question mark; a name such as "Vem Andersson" is still a name. A description (long text) is always the
    /// person's words.
    /// </summary>
    private static bool IsQuestionInsteadOfAnswer(Question question, string text, Recognized recognized) =>
        question.Type is FieldType.Text or FieldType.Email or FieldType.Phone or FieldType.PersonalIdentityNumber
        && (recognized.Intent == Intent.Faq
            ? IntentRecognizer.Asks(text) || text.Contains('?', StringComparison.Ordinal)
            : recognized.Intent == Intent.UnansweredQuestion && text.Contains('?', StringComparison.Ordinal));

    private static bool IsCallBackPhone(DialogState state, Question question) => state.CallBack && question.Id == "phone";

    /// <summary>A question of the model; a call-back request's phone number cannot be skipped.</summary>
    private static BotReply Ask(DialogState state, Question question)
    {
        var reply = QuestionPrompts.Ask(question, state.Language);
        return IsCallBackPhone(state, question) ? reply with { Choices = [] } : reply;
    }

    /// <summary>Ask the next question that applies and is not answered; when none is left, show the summary.</summary>
    private IEnumerable<BotReply> Continue(DialogState state)
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
            return [.. intro, Ask(state, next)];
        }

        // Everything asked: check the whole, as the service will (e.g. phone or e-mail), before the summary.
        var check = SubmissionValidator.Validate(model, ForSending(state), DateOnly.FromDateTime(settings.Clock.GetUtcNow().UtcDateTime));
        if (!check.IsValid && model.TryGetQuestion(check.Errors[0].Field, out var failing))
        {
            state.Answers.Remove(failing.Id);
            state.Asking = failing.Id;
            return [BotReply.Say(ValidationMessages.Format(check.Errors[0], model, state.Language)), Ask(state, failing)];
        }

        state.Confirming = true;
        return [DialogSummary.Show(state, Extras(state), settings.Facts)];
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
            return Aside(state, recognized, DialogSummary.Show(state, Extras(state), settings.Facts));
        }

        var kind = state.Kind!.Value;
        var result = await submissions.SubmitAsync(kind, ForSending(state), l, cancellationToken);
        switch (result)
        {
            case SubmitResult.Accepted accepted:
                state.LastReference = accepted.Reference;
                state.ClearFlow();
                return [BotReply.Say(string.Format(CultureInfo.InvariantCulture, BotTexts.Sent[l], accepted.Reference)), BotReply.Say(accepted.WhatHappensNext)];
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
        return [Ask(state, question)];
    }

    /// <summary>What is sent besides the answers, in the person's words for the summary.</summary>
    private List<string> Extras(DialogState state)
    {
        var l = state.Language;
        var extras = new List<string>();
        if (state.CallBack)
        {
            extras.Add(BotTexts.CallBackSummary[l]);
        }

        if (state.SelfTestResult is { Attached: true } result)
        {
            var reading = Reading(result);
            extras.Add(string.Format(CultureInfo.InvariantCulture, BotTexts.SelfTestSummary[l], reading.Test.Name, result.Score, reading.Test.MaxScore, reading.LevelName[l]));
        }

        return extras;
    }

    /// <summary>
    /// The answers as the API would receive them. A call-back wish and an attached self-test go to the social worker
    /// in Swedish at the top of the message field: the question model stays the web form's, and the person saw both
    /// lines in the summary before sending.
    /// </summary>
    private SubmissionInput ForSending(DialogState state)
    {
        var notes = new List<string>();
        if (state.CallBack)
        {
            notes.Add(settings.Facts.Render(BotTexts.CallBackStaffNote, Language.Swedish));
        }

        if (state.SelfTestResult is { Attached: true } result)
        {
            notes.Add(Reading(result).StaffNote("i chatten"));
        }

        if (notes.Count == 0)
        {
            return DialogValidation.Input(state);
        }

        var input = DialogValidation.Input(state, except: "message");
        var message = state.AnswerOf("message");
        return input.Add("message", new RawValue.Text(string.Join("\n", notes) + (message is null ? string.Empty : "\n\n" + message)));
    }
}
