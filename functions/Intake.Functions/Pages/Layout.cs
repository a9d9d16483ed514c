using Intake.Core.Localization;
using Intake.Functions.Pages.Html;

namespace Intake.Functions.Pages;

/// <summary>A script a page loads: always a file from /static/ (the policy allows no inline script).</summary>
internal sealed record PageScript(string Url, string? Nonce = null);

/// <summary>
/// The frame of every page: language, title, the site's stylesheet, a skip link, a header with the language switch,
/// the emergency box, one <c>main</c> with the page's own content, and a footer.
/// </summary>
internal static class Layout
{
    public const string MainId = "main";

    public static string Render(PageContext page, string title, Markup main, params PageScript[] scripts)
    {
        var l = page.Language;
        var other = page.Route.Other;
        var html = new HtmlWriter();
        html.Append($"<!DOCTYPE html>\n<html lang=\"{l.ToCode()}\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append($"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append($"<title>{title} – {PageTexts.SiteName[l]}</title>\n");
        html.Append($"<link rel=\"stylesheet\" href=\"{page.Assets.Url(StaticAssets.SiteCss)}\">\n");
        // Without an icon of its own, every browser asks for /favicon.ico: a 404 and a console error on every first visit.
        html.Append($"<link rel=\"icon\" href=\"{page.Assets.Url(StaticAssets.Icon)}\" type=\"image/svg+xml\">\n");
        html.Append($"<link rel=\"alternate\" hreflang=\"{other.Language.ToCode()}\" href=\"{other.Path}\">\n");
        foreach (var script in scripts)
        {
            if (script.Nonce is { } nonce)
            {
                html.Append($"<script src=\"{script.Url}\" nonce=\"{nonce}\" defer></script>\n");
            }
            else
            {
                html.Append($"<script src=\"{script.Url}\" defer></script>\n");
            }
        }

        html.Append($"</head>\n<body>\n<a class=\"skip-link\" href=\"#{MainId}\">{PageTexts.SkipLink[l]}</a>\n");
        html.Append($"<header class=\"site-header\"><div class=\"wrap\">");
        html.Append($"<a class=\"site-name\" href=\"{PageRoutes.Start(l).Path}\">{PageTexts.SiteName[l]}</a>");
        html.Append($"<a class=\"language-switch\" id=\"language-switch\" href=\"{other.Path}\" lang=\"{other.Language.ToCode()}\" hreflang=\"{other.Language.ToCode()}\">{PageTexts.SwitchLanguage[other.Language]}</a>");
        html.Append($"</div></header>\n<div class=\"wrap\">\n");
        EmergencyBox.Write(html, page);
        html.Append($"\n<main id=\"{MainId}\" tabindex=\"-1\">\n");
        html.Append(main);
        html.Append($"\n</main>\n</div>\n<footer class=\"site-footer\"><div class=\"wrap\"><p>{PageTexts.FooterConfidentiality[l]}</p>");
        html.Append($"<p>{page.Text(PageTexts.KundcenterQuestions)} {EmergencyBox.Phone(page.Facts.KundcenterPhone)}, {PageTexts.Weekdays[l]} {EmergencyBox.Hours(page.Contact)}.</p>");
        html.Append($"<p><a href=\"{PageRoutes.Accessibility(l).Path}\">{AccessibilityPage.LinkText[l]}</a></p>");
        html.Append($"</div></footer>\n</body>\n</html>\n");
        return html.ToString();
    }
}
