using System.Globalization;
using Intake.Core.Localization;

namespace Intake.Functions.Pages;

/// <summary>"För många förfrågningar just nu": how long to wait, the way back, and the emergency box like every page.</summary>
internal static class TooManyRequestsPage
{
    private static readonly LocalizedText Title = new("För många förfrågningar just nu", "Too many requests right now");

    /// <summary>{0}: how long to wait.</summary>
    private static readonly LocalizedText Text = new(
        "Det har kommit väldigt många förfrågningar från din uppkoppling på kort tid. Vänta {0} och ladda sedan om sidan.",
        "Very many requests have come from your connection in a short time. Wait {0}, then reload the page.");

    public static string Render(PageContext page, string wait) =>
        MessagePage.Render(page, Title[page.Language], string.Format(CultureInfo.InvariantCulture, Text[page.Language], wait));
}
