using Intake.Core.Localization;
using Intake.Functions.Pages.Html;

namespace Intake.Functions.Pages;

/// <summary>"För många förfrågningar just nu": how long to wait, the way back, and the emergency box like every page.</summary>
internal static class TooManyRequestsPage
{
    private static readonly LocalizedText Title = new("För många förfrågningar just nu", "Too many requests right now");

    /// <summary>{0}: how long to wait.</summary>
    private static readonly LocalizedText Text = new(
        "Det har kommit väldigt många förfrågningar från din uppkoppling på kort tid. Vänta {0} och ladda sedan om sidan.",
        "Very many requests have come from your connection in a short time. Wait {0}, then reload the page.");

    public static string Render(PageContext page, string wait)
    {
        var l = page.Language;
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Text[l], wait);
        var html = new HtmlWriter();
        html.Append($"<h1>{Title[l]}</h1>\n<p>{text}</p>\n<p><a href=\"{PageRoutes.Start(l).Path}\">{PageTexts.BackToStart[l]}</a></p>\n");
        return Layout.Render(page, Title[l], new Markup(html.ToString()));
    }
}
