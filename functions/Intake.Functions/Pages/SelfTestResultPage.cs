using System.Globalization;
using Intake.Bot.SelfTests;
using Intake.Functions.Pages.Html;

namespace Intake.Functions.Pages;

/// <summary>
/// A self-test's result: the score, what it suggests in plain words, the limits it was compared with, that it is no
/// diagnosis and is kept nowhere, and what the municipality offers (a support request, Kundcenter, the national
/// line for the test's topic from <c>Contact:Helplines</c>, the chat). Hooks for tests: <c>#selftest-result</c> (with
/// <c>data-level</c>), <c>#score</c>, <c>#meaning</c>, <c>#limits</c>, <c>#not-a-diagnosis</c>, <c>#offer</c>.
/// </summary>
internal static class SelfTestResultPage
{
    public static string Render(PageContext page, SelfTestReading reading)
    {
        var l = page.Language;
        var kind = reading.Kind;
        var html = new HtmlWriter();
        html.Append($"<div class=\"selftest-result\" id=\"selftest-result\" data-level=\"{reading.Level}\">");
        html.Append($"<h1 id=\"result-title\" tabindex=\"-1\" autofocus>{SelfTestPageTexts.ResultTitle[l]}: {SelfTestPageTexts.Title(kind)[l]}</h1>\n");
        html.Append($"<div class=\"result-box\"><p class=\"score\" id=\"score\">{string.Format(CultureInfo.InvariantCulture, SelfTestPageTexts.Score[l], reading.Score, reading.Test.MaxScore)}</p>");
        html.Append($"<p id=\"meaning\">{page.Text(reading.Meaning)}</p></div>\n");
        html.Append($"<p id=\"limits\">{reading.Limits[l]}</p>\n");
        if (reading.Advice is { } advice)
        {
            html.Append($"<p id=\"advice\"><strong>{page.Text(advice)}</strong></p>\n");
        }

        html.Append($"<p id=\"not-a-diagnosis\">{SelfTestTexts.NotADiagnosis[l]} {SelfTestPageTexts.NotKept[l]}</p>\n");
        html.Append($"<h2>{SelfTestPageTexts.WhatWeOffer[l]}</h2>\n<p>{page.Text(SelfTestPageTexts.Offer(kind))}</p>\n<ul id=\"offer\">\n");
        html.Append($"<li><a href=\"{PageRoutes.Form(Core.Submissions.SubmissionKind.SupportRequest, l).Path}\">{SelfTestPageTexts.ApplyLink[l]}</a> {SelfTestPageTexts.ApplyText[l]}</li>\n");
        html.Append($"<li>{page.Text(SelfTestPageTexts.CallKundcenter)} {EmergencyBox.Phone(page.Facts.KundcenterPhone)}, {PageTexts.Weekdays[l]} {EmergencyBox.Hours(page.Contact)}.</li>\n");
        var area = SelfTestPageTexts.Area(kind);
        foreach (var line in page.Contact.Helplines.Where(h => h.WhenAreas.Contains(area, StringComparer.Ordinal)))
        {
            html.Append($"<li>{line.Name} {SelfTestPageTexts.Anonymous[l]} {EmergencyBox.Phone(line.Phone)}.</li>\n");
        }

        html.Append($"<li><a href=\"{PageRoutes.Chat(l).Path}\">{SelfTestPageTexts.ChatLink[l]}</a></li>\n</ul>\n");
        html.Append($"<p><a href=\"{page.Route.Path}\">{SelfTestPageTexts.TakeAgain[l]}</a></p>\n");
        html.Append($"<p><a href=\"{PageRoutes.Start(l).Path}\">{PageTexts.BackToStart[l]}</a></p></div>\n");
        SelfTestPage.WriteOtherTests(html, page);
        return Layout.Render(page, SelfTestPageTexts.ResultTitle[l] + ": " + SelfTestPageTexts.Title(kind)[l], new Markup(html.ToString()));
    }
}
