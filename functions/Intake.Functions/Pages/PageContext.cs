using Intake.Core.Localization;
using Intake.Functions.Email.Templates;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Pages;

/// <summary>What every page is rendered with: where it is, its language, the asset URLs and where to turn.</summary>
internal sealed record PageContext(PageRoute Route, StaticAssets Assets, ContactOptions Contact, MunicipalFacts Facts)
{
    public Language Language => Route.Language;

    /// <summary>A text in the page's language with the municipality's facts in it (<see cref="MunicipalFacts"/>).</summary>
    public string Text(LocalizedText template) => Facts.Render(template, Language);

    /// <summary>The page at <paramref name="route"/> with the app's assets, where to turn and the municipality's facts.</summary>
    public static PageContext For(PageRoute route, IServiceProvider services) => new(
        route, services.GetRequiredService<StaticAssets>(), services.GetRequiredService<IOptions<ContactOptions>>().Value, services.GetRequiredService<MunicipalFacts>());
}
