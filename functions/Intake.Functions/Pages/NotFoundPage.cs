using Intake.Core.Localization;
using Intake.Functions.Pages.Html;

namespace Intake.Functions.Pages;

/// <summary>"Sidan finns inte": the way back to the start page, with the emergency box like every page.</summary>
internal static class NotFoundPage
{
    private static readonly LocalizedText Title = new("Sidan finns inte", "The page does not exist");

    private static readonly LocalizedText Text = new(
        "Adressen kan vara felstavad, eller så har sidan flyttats.",
        "The address may be misspelt, or the page has moved.");

    public static string Render(PageContext page)
    {
        var l = page.Language;
        var html = new HtmlWriter();
        html.Append($"<h1>{Title[l]}</h1>\n<p>{Text[l]}</p>\n<p><a href=\"{PageRoutes.Start(l).Path}\">{PageTexts.BackToStart[l]}</a></p>\n");
        return Layout.Render(page, Title[l], new Markup(html.ToString()));
    }
}
