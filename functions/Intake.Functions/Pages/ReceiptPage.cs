using Intake.Core.Localization;
using Intake.Functions.Pages.Html;

namespace Intake.Functions.Pages;

/// <summary>What a person sees once the submission is stored: the reference number, what happens next, where to turn.</summary>
internal static class ReceiptPage
{
    public static string Render(PageContext page, string reference, string whatHappensNext)
    {
        var html = new HtmlWriter();
        WriteMain(html, page.Language, reference, whatHappensNext);
        return Layout.Render(page, PageTexts.ReceiptTitle[page.Language], new Markup(html.ToString()));
    }

    /// <summary>Also the template form.js fills in (elements with data-slot) from the API's answer.</summary>
    public static void WriteMain(HtmlWriter html, Language l, string reference, string whatHappensNext)
    {
        html.Append($"<div class=\"receipt\" id=\"receipt\"><h1 id=\"receipt-title\" tabindex=\"-1\">{PageTexts.ReceiptTitle[l]}</h1>");
        html.Append($"<div class=\"reference-box\"><p class=\"reference-label\" id=\"reference-label\">{PageTexts.ReceiptReference[l]}</p>");
        html.Append($"<p class=\"reference\" id=\"reference\" data-slot=\"reference\">{reference}</p></div>");
        html.Append($"<p>{PageTexts.ReceiptKeep[l]}</p><h2>{PageTexts.ReceiptNext[l]}</h2>");
        html.Append($"<p id=\"next-steps\" data-slot=\"next-steps\">{whatHappensNext}</p>");
        html.Append($"<p><a href=\"{PageRoutes.Start(l).Path}\">{PageTexts.BackToStart[l]}</a></p></div>\n");
    }
}
