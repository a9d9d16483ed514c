using Microsoft.Playwright;

namespace Intake.Functions.Tests.Infrastructure.Browser;

/// <summary>What the browser tests look for in Web Chat (4.18.1) and on the page around it.</summary>
public static class WebChatUi
{
    public const string SendBox = "[data-id='webchat-sendbox-input']";
    public const string BotBubble = ".webchat__bubble:not(.webchat__bubble--from-user)";
    public const string UserBubble = ".webchat__bubble--from-user";

    /// <summary>
    /// Waits until the chat on the page says it is connected (chat.js sets <c>data-connection="online"</c> on the
    /// container and clears "starting" from the status line). Before that Web Chat ignores Enter in its send box, so a
    /// test that types earlier loses its message on a loaded machine.
    /// </summary>
    public static async Task WaitUntilConnectedAsync(IPage page, string container = "#webchat")
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator($"{container}[data-connection='online']").WaitForAsync().ConfigureAwait(false);
        await page.Locator(SendBox).WaitForAsync().ConfigureAwait(false);
    }
}
