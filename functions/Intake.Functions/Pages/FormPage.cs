using Intake.Core.Localization;
using Intake.Core.Submissions;
using Intake.Functions.Pages.Html;
using Intake.Functions.Submissions;

namespace Intake.Functions.Pages;

/// <summary>
/// One form page per kind, rendered from the question model. Without JavaScript it is a plain form post to the same
/// address; form.js (if it runs) posts JSON to the API instead and uses the templates written here, so that both
/// ways show the same summary, messages and receipt.
/// </summary>
internal static class FormPage
{
    public const string FormId = "intake-form";
    public const string SummaryId = "error-summary";

    /// <param name="key">The key of the post this page answers (kept, so that sending again after an error or a
    /// failure is still the same submission); a fresh page gets a new one.</param>
    public static string Render(PageContext page, SubmissionKind kind, FormState state, IdempotencyKey? key = null)
    {
        var l = page.Language;
        var model = QuestionModel.For(kind);
        var html = new HtmlWriter();
        if (state.Notice is { } notice)
        {
            WriteNotice(html, notice, autofocus: true);
        }
        else if (state.HasErrors)
        {
            WriteErrorSummary(html, model, state.Errors, l, autofocus: true);
        }

        html.Append($"<h1 id=\"page-title\">{FormTexts.Title(kind)[l]}</h1>\n");
        foreach (var paragraph in FormTexts.Intro(kind))
        {
            html.Append($"<p class=\"lead\">{page.Text(paragraph)}</p>\n");
        }

        html.Append($"<p>{FormTexts.NoTimeLimit[l]} {FormTexts.RequiredExplained[l]}</p>\n");
        html.Append($"<div class=\"draft-note\" id=\"draft-note\" hidden><p>{FormTexts.DraftNote[l]}</p>");
        html.Append($"<button type=\"button\" class=\"button button-secondary\" id=\"draft-clear\">{FormTexts.DraftClear[l]}</button></div>\n");
        html.Append($"<form id=\"{FormId}\" class=\"intake-form\" method=\"post\" action=\"{page.Route.Path}\" novalidate");
        html.Append($" data-api=\"{SubmissionEndpoints.Routes[kind]}\" data-lang=\"{l.ToCode()}\" data-sending=\"{FormTexts.Sending[l]}\">\n");
        // One submission, however often it is sent: a double click or a reloaded receipt gives the same reference.
        html.Append($"<input type=\"hidden\" name=\"{IdempotencyKey.FormField}\" value=\"{(key ?? IdempotencyKey.New()).Value}\">\n");
        foreach (var question in model.Questions)
        {
            if (FormTexts.SectionBefore(kind, question.Id) is { } heading)
            {
                html.Append($"<h2 class=\"section-heading\">{heading[l]}</h2>\n");
            }

            if (FormTexts.SectionNote(kind, question.Id) is { } note)
            {
                html.Append($"<p>{note[l]}</p>\n");
            }

            FieldRenderer.Write(html, model, question, page, state);
        }

        html.Append($"<p>{FormTexts.BeforeSend[l]}</p>\n<button type=\"submit\" class=\"button\" id=\"submit\">{FormTexts.Send[l]}</button>\n</form>\n");

        // For form.js: the same pieces, empty, so that the script shows exactly what the server would.
        html.Append($"<template id=\"error-summary-template\">");
        WriteErrorSummary(html, model, [], l, autofocus: false);
        html.Append($"</template>\n<template id=\"unavailable-template\">");
        WriteNotice(html, Unavailable(page), autofocus: false);
        html.Append($"</template>\n<template id=\"receipt-template\">");
        ReceiptPage.WriteMain(html, l, string.Empty, string.Empty);
        html.Append($"</template>\n");

        var title = (state.HasErrors || state.Notice is not null ? FormTexts.ErrorTitlePrefix[l] : string.Empty) + FormTexts.Title(kind)[l];
        return Layout.Render(page, title, new Markup(html.ToString()), new PageScript(page.Assets.Url(StaticAssets.FormScript)));
    }

    public static FormNotice Unavailable(PageContext page) => new(
        FormTexts.UnavailableTitle[page.Language],
        page.Text(FormTexts.UnavailableText));

    /// <summary>"Det finns fel i formuläret": a link to each field in error, in the order of the page. Focus lands
    /// here when the page opens (autofocus; form.js also moves focus here).</summary>
    private static void WriteErrorSummary(HtmlWriter html, QuestionModel model, IReadOnlyList<KeyValuePair<string, string>> errors, Language l, bool autofocus)
    {
        html.Append($"<div class=\"error-summary\" id=\"{SummaryId}\" role=\"region\" tabindex=\"-1\" aria-labelledby=\"{SummaryId}-title\"{(autofocus ? new Markup(" autofocus") : Markup.Empty)}>");
        html.Append($"<h2 id=\"{SummaryId}-title\">{FormTexts.ErrorSummaryTitle[l]}</h2><p>{FormTexts.ErrorSummaryText[l]}</p><ul class=\"error-list\">");
        foreach (var (field, message) in errors)
        {
            if (model.TryGetQuestion(field, out _))
            {
                html.Append($"<li><a href=\"#{field}\">{message}</a></li>");
            }
            else
            {
                html.Append($"<li>{message}</li>");
            }
        }

        html.Append($"</ul></div>\n");
    }

    private static void WriteNotice(HtmlWriter html, FormNotice notice, bool autofocus)
    {
        html.Append($"<div class=\"error-summary\" id=\"{SummaryId}\" role=\"region\" tabindex=\"-1\" aria-labelledby=\"{SummaryId}-title\"{(autofocus ? new Markup(" autofocus") : Markup.Empty)}>");
        html.Append($"<h2 id=\"{SummaryId}-title\">{notice.Title}</h2><p>{notice.Text}</p></div>\n");
    }
}
