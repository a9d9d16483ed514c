using Intake.Core.Localization;
using Intake.Functions.Email.Templates;

namespace Intake.Functions.Pages;

/// <summary>What every page is rendered with: where it is, its language, the asset URLs and where to turn.</summary>
internal sealed record PageContext(PageRoute Route, StaticAssets Assets, ContactOptions Contact)
{
    public Language Language => Route.Language;
}
