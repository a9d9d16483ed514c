using Intake.Core.Localization;
using Intake.Core.Submissions;
using Intake.Functions.Bot;
using Intake.Functions.Pages.Html;
using Intake.Functions.Security;

namespace Intake.Functions.Pages;

/// <summary>
/// The chat page: Web Chat (served from /static/, never a CDN) in a labelled region, started by chat.js with a token
/// from <c>POST /api/chat/token</c>. The emergency box and the way to the forms stay outside the chat. Web Chat adds
/// its styles at run time: they carry this response's nonce, and the policy allows the Direct Line address only here.
/// </summary>
internal static class ChatPage
{
    public const string ContainerId = "webchat";

    public static string Render(PageContext page, ContentSecurityPolicy policy, ChatOptions chat)
    {
        var l = page.Language;
        var nonce = policy.UseStyleNonce();
        policy.ScriptMadeImages = true;
        policy.EmptyStyleElements = true;
        foreach (var source in ConnectSources(chat))
        {
            policy.AllowConnectTo(source);
        }

        var html = new HtmlWriter();
        html.Append($"<h1>{PageTexts.ChatTitle[l]}</h1>\n<p class=\"lead\">{PageTexts.ChatIntro[l]}</p>\n");
        html.Append($"<p class=\"chat-status\" id=\"chat-status\" role=\"status\" data-failed=\"{PageTexts.ChatFailed[l]}\"></p>\n");
        html.Append($"<noscript><p class=\"chat-noscript\">{PageTexts.ChatNoScript[l]}</p></noscript>\n");
        html.Append($"<section class=\"chat\" id=\"{ContainerId}\" aria-label=\"{PageTexts.ChatRegion[l]}\" data-locale=\"{(l == Language.English ? "en-US" : "sv-SE")}\" data-token-url=\"/api/chat/token\" data-starting=\"{PageTexts.ChatStarting[l]}\"></section>\n");
        html.Append($"<h2 id=\"prefer-form\">{PageTexts.PreferForm[l]}</h2>\n<ul class=\"form-links\">\n");
        foreach (var kind in SubmissionKinds.All)
        {
            html.Append($"<li><a href=\"{PageRoutes.Form(kind, l).Path}\">{FormTexts.Title(kind)[l]}</a></li>\n");
        }

        html.Append($"</ul>\n");
        return Layout.Render(page, PageTexts.ChatTitle[l], new Markup(html.ToString()),
            new PageScript(page.Assets.Url(StaticAssets.WebChatBundle)),
            new PageScript(page.Assets.Url(StaticAssets.ChatScript), nonce));
    }

    /// <summary>Where Web Chat may connect: Direct Line in Azure (HTTPS and its web socket), or offline-directline locally.</summary>
    public static IEnumerable<string> ConnectSources(ChatOptions chat)
    {
        if (!string.IsNullOrWhiteSpace(chat.DirectLineSecret))
        {
            var origin = chat.DirectLineEndpoint.GetLeftPart(UriPartial.Authority);
            yield return origin;
            yield return "wss://" + chat.DirectLineEndpoint.Authority;
        }
        else if (chat.LocalDirectLineUrl is { } local)
        {
            yield return local.GetLeftPart(UriPartial.Authority);
        }
    }
}
