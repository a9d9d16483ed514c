using Intake.Core.Localization;
using Intake.Core.Submissions;
using Intake.Functions.Pages.Html;

namespace Intake.Functions.Pages;

/// <summary>
/// Writes one question of the question model as form controls. The control's id and name are the question's id
/// (for a group: the first option's id; the others are <c>{id}-{value}</c>), so that an error links straight to it.
/// Hints, notes and the error are tied to the control with aria-describedby.
/// </summary>
internal static class FieldRenderer
{
    public static void Write(HtmlWriter html, QuestionModel model, Question q, PageContext page, FormState state)
    {
        var l = page.Language;
        var error = state.ErrorOf(q.Id);
        var describedBy = new List<string>();
        var notes = new HtmlWriter();
        if (q.AskWhen is { } when)
        {
            notes.Append($"<p class=\"condition-note\" id=\"{q.Id}-condition\">{FormTexts.ConditionNote(model, when, l)}</p>");
            describedBy.Add(q.Id + "-condition");
        }

        if (q.Hint is { } hint)
        {
            notes.Append($"<p class=\"hint\" id=\"{q.Id}-hint\">{page.Text(hint)}</p>");
            describedBy.Add(q.Id + "-hint");
        }

        if (FormTexts.Explanation(model, q.Id) is { } explanation)
        {
            notes.Append($"<p class=\"hint\" id=\"{q.Id}-explanation\">{page.Text(explanation)}</p>");
            describedBy.Add(q.Id + "-explanation");
        }

        if (error is not null)
        {
            notes.Append($"<p class=\"error-message\" id=\"{q.Id}-error\"><span class=\"visually-hidden\">{FormTexts.ErrorPrefix[l]} </span>{error}</p>");
            describedBy.Add(q.Id + "-error");
        }

        var aria = new HtmlWriter();
        if (describedBy.Count > 0)
        {
            aria.Append($" aria-describedby=\"{string.Join(' ', describedBy)}\"");
        }

        var invalid = error is null ? Markup.Empty : new Markup(" aria-invalid=\"true\"");
        html.Append($"<div class=\"field{(error is null ? string.Empty : " field-error")}\" id=\"field-{q.Id}\" data-field=\"{q.Id}\" data-type=\"{q.Type.ToString()}\"");
        if (q.AskWhen is { } condition)
        {
            html.Append($" data-when-field=\"{condition.FieldId}\" data-when-value=\"{condition.Value}\"");
        }

        html.Append($">");
        switch (q.Type)
        {
            case FieldType.YesNo when q.MustBe is { } mustBe:
                html.Append(new Markup(notes.ToString()));
                html.Append($"<div class=\"option\"><input class=\"option-input\" type=\"checkbox\" id=\"{q.Id}\" name=\"{q.Id}\" value=\"{mustBe}\"{Checked(state.IsChosen(q.Id, mustBe))}{new Markup(aria.ToString())}{invalid}>");
                html.Append($"<label class=\"option-label\" for=\"{q.Id}\">{q.Label[l]}{Required(q, FormTexts.RequiredConsent, l)}</label></div>");
                break;
            case FieldType.YesNo or FieldType.Choice or FieldType.MultiChoice:
                html.Append($"<fieldset class=\"fieldset\"{new Markup(aria.ToString())}><legend class=\"legend\">{q.Label[l]}{Required(q, FormTexts.RequiredChoice, l)}</legend>");
                html.Append(new Markup(notes.ToString()));
                WriteOptions(html, q, l, state, invalid);
                html.Append($"</fieldset>");
                break;
            default:
                html.Append($"<label class=\"label\" for=\"{q.Id}\">{q.Label[l]}{Required(q, FormTexts.RequiredText, l)}</label>");
                html.Append(new Markup(notes.ToString()));
                WriteTextControl(html, q, state, new Markup(aria.ToString() + invalid.Value));
                break;
        }

        html.Append($"</div>\n");
    }

    private static void WriteOptions(HtmlWriter html, Question q, Language l, FormState state, Markup invalid)
    {
        var options = q.Type == FieldType.YesNo
            ? [new AnswerOption("true", FormTexts.Yes), new AnswerOption("false", FormTexts.No)]
            : q.Options;
        var type = q.Type == FieldType.MultiChoice ? "checkbox" : "radio";
        html.Append($"<div class=\"options{(q.Type == FieldType.YesNo ? " options-inline" : string.Empty)}\">");
        for (var i = 0; i < options.Count; i++)
        {
            var option = options[i];
            var id = OptionId(q, option, i);
            html.Append($"<div class=\"option\"><input class=\"option-input\" type=\"{type}\" id=\"{id}\" name=\"{q.Id}\" value=\"{option.Value}\"{Checked(state.IsChosen(q.Id, option.Value))}{invalid}>");
            html.Append($"<label class=\"option-label\" for=\"{id}\">{option.Label[l]}</label></div>");
        }

        html.Append($"</div>");
    }

    /// <summary>The first option carries the question's id (errors link to it); the others <c>{id}-{value}</c>.</summary>
    public static string OptionId(Question q, AnswerOption option, int index) => index == 0 ? q.Id : q.Id + "-" + option.Value;

    private static void WriteTextControl(HtmlWriter html, Question q, FormState state, Markup attributes)
    {
        var value = string.Join(", ", state.ValuesOf(q.Id));
        if (q.Type == FieldType.LongText)
        {
            // The newline after the start tag is eaten by the HTML parser, so a value that starts with one survives.
            html.Append($"<textarea class=\"textarea\" id=\"{q.Id}\" name=\"{q.Id}\" rows=\"8\"{attributes}>\n{value}</textarea>");
            return;
        }

        var (type, autocomplete, extra) = q.Type switch
        {
            FieldType.Email => ("email", "email", " spellcheck=\"false\""),
            FieldType.Phone => ("tel", "tel", string.Empty),
            FieldType.PersonalIdentityNumber => ("text", "off", " inputmode=\"numeric\" spellcheck=\"false\""),
            _ => ("text", Autocomplete(q.Id), string.Empty),
        };
        html.Append($"<input class=\"input{(q.Type is FieldType.PersonalIdentityNumber or FieldType.Phone ? " input-short" : string.Empty)}\" type=\"{type}\" id=\"{q.Id}\" name=\"{q.Id}\" value=\"{value}\" autocomplete=\"{autocomplete}\"{new Markup(extra)}{attributes}>");
    }

    /// <summary>The person's own name and workplace may be filled in by the browser; details of someone else never.</summary>
    private static string Autocomplete(string id) => id switch
    {
        "name" or "reporterName" => "name",
        "reporterOrganisation" => "organization",
        _ => "off",
    };

    private static Markup Checked(bool chosen) => chosen ? new Markup(" checked") : Markup.Empty;

    private static Markup Required(Question q, LocalizedText text, Language l)
    {
        if (!q.Required)
        {
            return Markup.Empty;
        }

        var html = new HtmlWriter();
        html.Append($" <span class=\"required\">{text[l]}</span>");
        return new Markup(html.ToString());
    }
}
