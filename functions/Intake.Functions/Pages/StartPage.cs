using Intake.Bot.SelfTests;
using Intake.Core.Submissions;
using Intake.Functions.Pages.Html;

namespace Intake.Functions.Pages;

/// <summary>The start page: the three choices, the self-tests, the chat, and who gets to know.</summary>
internal static class StartPage
{
    public static string Render(PageContext page)
    {
        var l = page.Language;
        var html = new HtmlWriter();
        html.Append($"<h1>{PageTexts.StartTitle[l]}</h1>\n<p class=\"lead\">{PageTexts.StartIntro[l]}</p>\n");
        html.Append($"<h2>{PageTexts.StartChoose[l]}</h2>\n<ul class=\"choices\">\n");
        foreach (var kind in SubmissionKinds.All)
        {
            var route = PageRoutes.Form(kind, l);
            html.Append($"<li class=\"choice\"><a class=\"choice-link\" href=\"{route.Path}\">{FormTexts.Title(kind)[l]}</a><p>{FormTexts.Summary(kind)[l]}</p></li>\n");
        }

        html.Append($"</ul>\n<h2>{SelfTestPageTexts.StartHeading[l]}</h2>\n<p>{SelfTestPageTexts.StartText[l]}</p>\n<ul class=\"choices\" id=\"self-tests\">\n");
        foreach (var test in SelfTestInstrument.All)
        {
            var route = PageRoutes.SelfTest(test.Kind, l);
            html.Append($"<li class=\"choice\"><a class=\"choice-link\" href=\"{route.Path}\">{SelfTestPageTexts.Title(test.Kind)[l]}</a><p>{SelfTestPageTexts.Summary(test.Kind)[l]}</p></li>\n");
        }

        html.Append($"</ul>\n<h2>{PageTexts.StartChat[l]}</h2>\n<p>{PageTexts.StartChatText[l]}</p>\n");
        html.Append($"<p><a href=\"{PageRoutes.Chat(l).Path}\">{PageTexts.StartChatLink[l]}</a></p>\n");
        html.Append($"<h2>{PageTexts.StartWhatHappens[l]}</h2>\n<p>{PageTexts.StartWhatHappensText[l]}</p>\n");
        html.Append($"<h2>{PageTexts.StartWhoKnows[l]}</h2>\n<p>{PageTexts.FooterConfidentiality[l]}</p>\n");
        return Layout.Render(page, PageTexts.StartTitle[l], new Markup(html.ToString()));
    }
}
