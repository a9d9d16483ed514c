using Intake.Functions.Pages.Html;

namespace Intake.Functions.Pages;

/// <summary>A page that only tells the person something: a heading, a paragraph and the way back to the start page,
/// in the frame of every page (so with the emergency box).</summary>
internal static class MessagePage
{
    public static string Render(PageContext page, string title, string text)
    {
        var l = page.Language;
        var html = new HtmlWriter();
        html.Append($"<h1>{title}</h1>\n<p>{text}</p>\n<p><a href=\"{PageRoutes.Start(l).Path}\">{PageTexts.BackToStart[l]}</a></p>\n");
        return Layout.Render(page, title, new Markup(html.ToString()));
    }
}
