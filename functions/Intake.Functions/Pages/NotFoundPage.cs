using Intake.Core.Localization;

namespace Intake.Functions.Pages;

/// <summary>"Sidan finns inte": the way back to the start page, with the emergency box like every page.</summary>
internal static class NotFoundPage
{
    private static readonly LocalizedText Title = new("Sidan finns inte", "The page does not exist");

    private static readonly LocalizedText Text = new(
        "Adressen kan vara felstavad, eller så har sidan flyttats.",
        "The address may be misspelt, or the page has moved.");

    public static string Render(PageContext page) => MessagePage.Render(page, Title[page.Language], Text[page.Language]);
}
