using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Intake.Core.Localization;
using Intake.Core.Submissions;
using Intake.Functions.Pages;
using Intake.Functions.Tests.Infrastructure;
using Intake.Functions.Tests.Infrastructure.Browser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Intake.Functions.Tests.Browser;

/// <summary>
/// The app's own chat page (<c>/chatt</c>, <c>/en/chat</c>) in Chromium: Web Chat from the app's /static/, a token from
/// the app's POST /api/chat/token (local mode), offline-directline and the real bot — nothing from anywhere else.
/// </summary>
/// <remarks>
/// The bot greets on the first message: offline-directline sends no conversationUpdate with members. So "the
/// greeting appears" is checked after a message that says nothing about a language ("4", the menu's self-test), which
/// makes the language of the greeting the page's (Web Chat's locale: sv-SE, en-US).
/// </remarks>
public sealed partial class ChatPageTests(PagesAppFixture pages, AzuriteFixture azurite, ChromiumFixture chromium) : IClassFixture<PagesAppFixture>
{

    [Theory]
    [InlineData("/chatt", "Hej! Jag är en automatisk chatt", "Vilket självtest vill du göra?", "I am an automated chat")]
    [InlineData("/en/chat", "Hello! I am an automated chat", "Which self-test would you like to take?", "Jag är en automatisk chatt")]
    public async Task ChatPage_MessageAndEnter_RoundTripsInThePagesLanguageWithEverythingFromThisApp(string path, string greeting, string answer, string otherLanguage)
    {
        PageRoute route = PageRoutes.All.Single(r => r.Path == path);
        await using BrowserPage browser = await chromium.NewPageAsync(BrowserProfile.Desktop(PagesSweepTests.Locale(route.Language)));
        await browser.GotoAsync(pages.Url(path));
        await WebChatUi.WaitUntilConnectedAsync(browser.Page);
        ILocator sendBox = browser.Page.Locator(WebChatUi.SendBox);
        Assert.Null(await browser.Page.Locator("#webchat").GetAttributeAsync("aria-busy"));

        // Web Chat is the app's own versioned bundle, and it is what runs.
        string bundle = (await browser.Page.Locator("script[src^='/static/webchat.']").GetAttributeAsync("src"))!;
        Assert.Matches(WebChatBundle(), bundle);
        IResponse loaded = Assert.Single(browser.Responses, r => r.Url == pages.Url(bundle).ToString());
        Assert.Equal(200, loaded.Status);
        Assert.True(await browser.Page.EvaluateAsync<bool>("() => typeof window.WebChat?.renderWebChat === 'function'"));
        Assert.Equal(string.Empty, (await browser.Page.Locator("#chat-status").InnerTextAsync()).Trim());
        Assert.Equal(0, await browser.Page.Locator(WebChatUi.BotBubble).CountAsync());

        await sendBox.FocusAsync();
        await browser.Page.Keyboard.TypeAsync("4");
        await browser.Page.Keyboard.PressAsync("Enter");

        await browser.Page.Locator(WebChatUi.BotBubble, new() { HasText = answer }).First.WaitForAsync();
        string said = string.Join("\n", await browser.Page.Locator(WebChatUi.BotBubble).AllInnerTextsAsync());
        Assert.Contains(greeting, said, StringComparison.Ordinal);
        Assert.Contains("112", said, StringComparison.Ordinal);
        Assert.DoesNotContain(otherLanguage, said, StringComparison.Ordinal);
        Assert.Equal("4", (await browser.Page.Locator(WebChatUi.UserBubble).Last.InnerTextAsync()).Trim());
        Assert.True(await browser.Page.EvaluateAsync<bool>(
            """
            ([user, greeting]) => {
              const mine = Array.from(document.querySelectorAll(user)).find(b => b.textContent.trim() === '4');
              const hello = Array.from(document.querySelectorAll(greeting)).find(b => b.textContent.includes('112'));
              return !!mine && !!hello && (mine.compareDocumentPosition(hello) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
            }
            """, new[] { WebChatUi.UserBubble, WebChatUi.BotBubble }), "The greeting should come after the person's message in the transcript.");

        // Every request went to this app or to the local Direct Line, and the conversation went through the latter.
        int appPort = pages.App.Http.BaseAddress!.Port;
        var hosts = browser.Requests.Select(r => new Uri(r.Url)).Where(u => u.Scheme is "http" or "https" or "ws" or "wss").ToList();
        Assert.True(hosts.All(u => u.Host == "127.0.0.1" && (u.Port == appPort || u.Port == pages.DirectLineOrigin.Port)),
            "Requests left this app and its local Direct Line:\n  " + string.Join("\n  ", hosts.Where(u => u.Host != "127.0.0.1" || (u.Port != appPort && u.Port != pages.DirectLineOrigin.Port))));
        Assert.Contains(browser.Requests, r => r.Method == "POST" && new Uri(r.Url).AbsolutePath == "/api/chat/token");
        Assert.Contains(browser.Requests, r => r.Method == "POST" && r.Url.StartsWith(pages.DirectLineOrigin + "directline/conversations/", StringComparison.Ordinal)
            && r.Url.EndsWith("/activities", StringComparison.Ordinal));

        await AssertEmergencyAndFormsOutsideTheChatAsync(browser.Page, route.Language);
        browser.AssertNoCspViolations();
        browser.AssertClean();
    }

    /// <summary>
    /// When the chat cannot start (here the token endpoint answers 503), the status line says so in the page's language
    /// and points to the forms, the chat is no longer marked busy, and the forms and the emergency box are still there.
    /// </summary>
    [Theory]
    [InlineData("/chatt", "Chatten kunde inte starta")]
    [InlineData("/en/chat", "The chat could not start")]
    public async Task ChatPage_WhenTheChatCannotStart_SaysSoAndLeavesTheForms(string path, string failure)
    {
        PageRoute route = PageRoutes.All.Single(r => r.Path == path);
        await using BrowserPage browser = await chromium.NewPageAsync(BrowserProfile.Desktop(PagesSweepTests.Locale(route.Language)));
        await browser.Page.RouteAsync("**/api/chat/token", r => r.FulfillAsync(new RouteFulfillOptions { Status = 503, Body = "" }));
        browser.AllowResponse(503, "/api/chat/token");
        await browser.GotoAsync(pages.Url(path));

        await browser.Page.Locator("#webchat[data-connection='failed']").WaitForAsync();
        Assert.StartsWith(failure, (await browser.Page.Locator("#chat-status[role='status']").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.Null(await browser.Page.Locator("#webchat").GetAttributeAsync("aria-busy"));
        await AssertEmergencyAndFormsOutsideTheChatAsync(browser.Page, route.Language);
        browser.AssertNoCspViolations();
        browser.AssertNoConsoleErrors(); // not AssertClean: Chromium reports a fulfilled route as an aborted request
    }

    [Theory]
    [InlineData("/chatt", "Till innehållet", "hjälp", "Jag kan också svara på frågor")]
    [InlineData("/en/chat", "Skip to content", "help", "I can also answer questions")]
    public async Task ChatPage_ByKeyboard_SkipLinkFirstThenTabReachesTheSendBoxAndEnterSends(string path, string skipText, string message, string reply)
    {
        PageRoute route = PageRoutes.All.Single(r => r.Path == path);
        await using BrowserPage browser = await chromium.NewPageAsync(BrowserProfile.Desktop(PagesSweepTests.Locale(route.Language)));
        await browser.GotoAsync(pages.Url(path));
        await WebChatUi.WaitUntilConnectedAsync(browser.Page);
        var keyboard = new KeyboardRun(browser.Page);

        await PagesSweepTests.AssertSkipLinkAsync(browser.Page, keyboard, skipText);
        await keyboard.TabToAsync(browser.Page.Locator(WebChatUi.SendBox), "Web Chat's send box", maxPresses: 10);
        await keyboard.TypeAsync(message);
        await keyboard.PressEnterAsync();

        await browser.Page.Locator(WebChatUi.BotBubble, new() { HasText = reply }).First.WaitForAsync();
        await browser.GotoAsync(pages.Url(path));
        var again = new KeyboardRun(browser.Page);
        await again.TabToIdAsync("language-switch", maxPresses: 5);
        browser.AssertNoCspViolations();
        browser.AssertClean();
    }

    /// <summary>
    /// The Direct Line secret is exchanged for a token on the server; the browser never gets it. With a secret the app
    /// uses Direct Line (it wins over Chat:LocalDirectLineUrl), here a stand-in on loopback that gives a token only for
    /// that secret, so the exchange really happens. Every response the browser received (page, files, Web Chat's
    /// bundle, the token, Direct Line's answers) and every request it sent is searched for the secret.
    /// </summary>
    [Fact]
    public async Task ChatPage_WithADirectLineSecret_TheSecretIsInNothingTheBrowserReceivedOrSent()
    {
        const string Secret = "dl-secret-KANARIE-7c41e9d2a5";
        await using WebApplication directLine = await StartDirectLineStandInAsync(Secret);
        await using var app = new IntakeApp(new TestStorage(azurite), extraSettings: TestStorage.RoutingOnly(new()
        {
            ["Chat:DirectLineSecret"] = Secret,
            ["Chat:DirectLineEndpoint"] = directLine.Urls.First() + "/",
        }));
        await using BrowserPage browser = await chromium.NewPageAsync(BrowserProfile.Desktop());
        var received = new ConcurrentQueue<Task<string>>();
        browser.Context.Response += (_, response) => received.Enqueue(DescribeAsync(response));

        Task<IResponse> token = browser.Page.WaitForResponseAsync(r => new Uri(r.Url).AbsolutePath == "/api/chat/token");
        Task<IRequest> connecting = browser.Page.WaitForRequestAsync(r => r.Url.StartsWith(directLine.Urls.First() + "/v3/directline/conversations", StringComparison.Ordinal));
        await browser.GotoAsync(new Uri(app.Http.BaseAddress!, "/chatt"));
        IResponse tokenResponse = await token;
        await connecting;

        Assert.Equal(200, tokenResponse.Status);
        using (JsonDocument json = JsonDocument.Parse(await tokenResponse.TextAsync()))
        {
            Assert.Equal("token-from-direct-line", json.RootElement.GetProperty("token").GetString());
        }

        string[] everything = await Task.WhenAll(received);
        string[] checkedPaths = everything.Select(e => e.Split('\n', 2)[0]).ToArray();
        Assert.Contains(checkedPaths, p => p.EndsWith(" /chatt", StringComparison.Ordinal));
        Assert.Contains(checkedPaths, p => p.EndsWith(" /api/chat/token", StringComparison.Ordinal));
        Assert.Contains(checkedPaths, p => WebChatBundle().IsMatch(p.Split(' ').Last()));
        Assert.All(everything, e => Assert.DoesNotContain(Secret, e, StringComparison.Ordinal));
        foreach (IRequest request in browser.Requests)
        {
            string sent = request.Method + " " + request.Url + "\n" + string.Join("\n", (await request.AllHeadersAsync()).Select(h => h.Key + ": " + h.Value)) + "\n" + request.PostData;
            Assert.DoesNotContain(Secret, sent, StringComparison.Ordinal);
        }
    }

    private static async Task AssertEmergencyAndFormsOutsideTheChatAsync(IPage page, Language language)
    {
        Assert.True(await page.Locator("#emergency").IsVisibleAsync());
        Assert.Contains("112", await page.Locator("#emergency").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#prefer-form").IsVisibleAsync());
        var formLinks = await page.Locator("ul.form-links a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(SubmissionKinds.All.Select(kind => PageRoutes.Form(kind, language).Path), formLinks);
        Assert.True(await page.EvaluateAsync<bool>(
            """
            () => {
              const chat = document.getElementById('webchat');
              const outside = [document.getElementById('emergency'), document.getElementById('prefer-form'), ...document.querySelectorAll('ul.form-links a')];
              return outside.every(el => !chat.contains(el)) && !outside.some(el => el.contains(chat));
            }
            """), "The emergency box and the links to the forms should be outside the chat container.");
    }

    /// <summary>"status path", then every header and the body as text (empty when the response has none to read).</summary>
    private static async Task<string> DescribeAsync(IResponse response)
    {
        var text = new StringBuilder();
        text.Append(response.Status).Append(' ').Append(new Uri(response.Url).AbsolutePath).Append('\n').Append(response.Url).Append('\n');
        foreach (var (name, value) in await response.AllHeadersAsync())
        {
            text.Append(name).Append(": ").Append(value).Append('\n');
        }

        try
        {
            text.Append(Encoding.UTF8.GetString(await response.BodyAsync()));
        }
        catch (PlaywrightException) when (response.Status is >= 300 and < 400 or 204)
        {
            // A redirect or an empty answer has no body to read.
        }

        return text.ToString();
    }

    /// <summary>Direct Line's token endpoint as the app calls it: a token for the right secret only. Nothing else answers.</summary>
    private static async Task<WebApplication> StartDirectLineStandInAsync(string secret)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication stub = builder.Build();
        stub.MapPost("/v3/directline/tokens/generate", (HttpContext context) =>
            context.Request.Headers.Authorization.ToString() == "Bearer " + secret
                ? Results.Json(new { conversationId = "conversation-1", token = "token-from-direct-line", expires_in = 1800 })
                : Results.StatusCode(403));
        await stub.StartAsync();
        return stub;
    }

    [GeneratedRegex(@"^/static/webchat\.[0-9a-f]{12}\.js$")]
    private static partial Regex WebChatBundle();
}
