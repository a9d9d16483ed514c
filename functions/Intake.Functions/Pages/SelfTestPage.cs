using System.Globalization;
using Intake.Bot.SelfTests;
using Intake.Core.Localization;
using Intake.Functions.Pages.Html;

namespace Intake.Functions.Pages;

/// <summary>
/// One self-test on one page: every question as a group of radio buttons (their values are the answers' positions),
/// the limits to compare with where there is a choice, and a button. It needs no script: the plain post to the same
/// address answers with the result (<see cref="SelfTestPost"/>). Ids follow the forms': each question is wrapped in
/// <c>#field-q&lt;n&gt;</c>, its first radio button is <c>#q&lt;n&gt;</c> and the others <c>#q&lt;n&gt;-&lt;value&gt;</c>.
/// </summary>
internal static class SelfTestPage
{
    public const string FormId = "selftest-form";
    public const string LimitsField = "limits";

    public static string Field(SelfTestQuestion question) => "q" + question.Number.ToString(CultureInfo.InvariantCulture);

    public static string Render(PageContext page, SelfTestLimits limits, FormState state)
    {
        var l = page.Language;
        var kind = page.Route.Test!.Value;
        var test = SelfTestInstrument.For(kind);
        var html = new HtmlWriter();
        if (state.Notice is { } notice)
        {
            html.Append($"<div class=\"error-summary\" id=\"error-summary\" role=\"region\" tabindex=\"-1\" aria-labelledby=\"error-summary-title\" autofocus>");
            html.Append($"<h2 id=\"error-summary-title\">{notice.Title}</h2><p>{notice.Text}</p></div>\n");
        }
        else if (state.HasErrors)
        {
            html.Append($"<div class=\"error-summary\" id=\"error-summary\" role=\"region\" tabindex=\"-1\" aria-labelledby=\"error-summary-title\" autofocus>");
            html.Append($"<h2 id=\"error-summary-title\">{SelfTestPageTexts.MissingTitle[l]}</h2><p>{SelfTestPageTexts.MissingText[l]}</p><ul class=\"error-list\">");
            foreach (var (field, message) in state.Errors)
            {
                html.Append($"<li><a href=\"#{field}\">{message}</a></li>");
            }

            html.Append($"</ul></div>\n");
        }

        html.Append($"<h1 id=\"page-title\">{SelfTestPageTexts.Title(kind)[l]}</h1>\n");
        foreach (var paragraph in SelfTestPageTexts.Intro(kind))
        {
            html.Append($"<p class=\"lead\">{page.Text(paragraph)}</p>\n");
        }

        var skips = test.Questions.Any(q => SelfTestPageTexts.SkipNote(kind, q.Number) is not null);
        html.Append($"<p>{SelfTestPageTexts.NothingKept[l]} {(skips ? SelfTestPageTexts.AnswerAllButSkipped : SelfTestPageTexts.AnswerAll)[l]}</p>\n");
        html.Append($"<form id=\"{FormId}\" class=\"selftest-form\" method=\"post\" action=\"{page.Route.Path}\" novalidate>\n");
        foreach (var question in test.Questions)
        {
            if (SelfTestPageTexts.SkipNote(kind, question.Number) is { } note)
            {
                html.Append($"<p class=\"hint\">{note[l]}</p>\n");
            }

            var legend = string.Format(CultureInfo.InvariantCulture, SelfTestPageTexts.QuestionOf[l], question.Number, test.Questions.Count) + ": " + question.Text[l];
            WriteGroup(html, l, Field(question), legend, null, [.. question.Answers.Select((a, i) => (i.ToString(CultureInfo.InvariantCulture), a.Label[l]))], state);
        }

        var choices = limits.Choices(kind);
        if (choices.Count > 1)
        {
            WriteGroup(html, l, LimitsField, SelfTestPageTexts.WhichLimits(kind)[l], SelfTestPageTexts.WhichLimitsHint(kind)[l], [.. choices.Select(c => (c.Name, c.Label[l]))], state);
        }

        html.Append($"<button type=\"submit\" class=\"button\" id=\"submit\">{SelfTestPageTexts.ShowResult[l]}</button>\n</form>\n");
        WriteOtherTests(html, page);

        var title = (state.HasErrors || state.Notice is not null ? FormTexts.ErrorTitlePrefix[l] : string.Empty) + SelfTestPageTexts.Title(kind)[l];
        return Layout.Render(page, title, new Markup(html.ToString()));
    }

    /// <summary>Links to the other self-tests in the page's language.</summary>
    public static void WriteOtherTests(HtmlWriter html, PageContext page)
    {
        var l = page.Language;
        html.Append($"<h2>{SelfTestPageTexts.OtherTests[l]}</h2>\n<ul>\n");
        foreach (var other in SelfTestInstrument.All.Where(t => t.Kind != page.Route.Test))
        {
            html.Append($"<li><a href=\"{PageRoutes.SelfTest(other.Kind, l).Path}\">{SelfTestPageTexts.Title(other.Kind)[l]}</a></li>\n");
        }

        html.Append($"</ul>\n");
    }

    /// <summary>A question (or the choice of limits) as a fieldset of radio buttons, with its message when unanswered.</summary>
    private static void WriteGroup(HtmlWriter html, Language l, string id, string legend, string? hint, IReadOnlyList<(string Value, string Label)> options, FormState state)
    {
        var error = state.ErrorOf(id);
        var describedBy = new List<string>();
        if (hint is not null)
        {
            describedBy.Add(id + "-hint");
        }

        if (error is not null)
        {
            describedBy.Add(id + "-error");
        }

        html.Append($"<div class=\"field{(error is null ? string.Empty : " field-error")}\" id=\"field-{id}\">");
        html.Append($"<fieldset class=\"fieldset\"{(describedBy.Count > 0 ? new Markup($" aria-describedby=\"{string.Join(' ', describedBy)}\"") : Markup.Empty)}>");
        html.Append($"<legend class=\"legend\">{legend}</legend>");
        if (hint is not null)
        {
            html.Append($"<p class=\"hint\" id=\"{id}-hint\">{hint}</p>");
        }

        if (error is not null)
        {
            html.Append($"<p class=\"error-message\" id=\"{id}-error\"><span class=\"visually-hidden\">{FormTexts.ErrorPrefix[l]} </span>{error}</p>");
        }

        html.Append($"<div class=\"options\">");
        for (var i = 0; i < options.Count; i++)
        {
            var (value, label) = options[i];
            var optionId = i == 0 ? id : id + "-" + value;
            var chosen = state.IsChosen(id, value) ? new Markup(" checked") : Markup.Empty;
            var invalid = error is null ? Markup.Empty : new Markup(" aria-invalid=\"true\"");
            html.Append($"<div class=\"option\"><input class=\"option-input\" type=\"radio\" id=\"{optionId}\" name=\"{id}\" value=\"{value}\"{chosen}{invalid}>");
            html.Append($"<label class=\"option-label\" for=\"{optionId}\">{label}</label></div>");
        }

        html.Append($"</div></fieldset></div>\n");
    }
}
