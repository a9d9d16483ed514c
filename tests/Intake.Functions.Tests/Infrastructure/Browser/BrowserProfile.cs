namespace Intake.Functions.Tests.Infrastructure.Browser;

/// <summary>
/// Viewport, pixel density and language of a browser context. Browser zoom is emulated the way a browser does it:
/// at 200 % a 1280 px wide window lays the page out in 640 CSS px with two device pixels per CSS pixel (media queries
/// and layout see 640 px). The locale sets navigator.language and Accept-Language. <see cref="JavaScript"/> false turns
/// the page's scripts off, as a person who has disabled JavaScript (or whose browser failed to load it) has them.
/// </summary>
public sealed record BrowserProfile(string Name, int Width, int Height, float DeviceScaleFactor, string Locale)
{
    public const string Swedish = "sv-SE";
    public const string English = "en-GB";

    /// <summary>An ordinary laptop window.</summary>
    public static BrowserProfile Desktop(string locale = Swedish) => new("desktop", 1280, 800, 1, locale);

    /// <summary>A 320 CSS px wide screen (WCAG 1.4.10 Reflow: no horizontal scrolling at 320 px).</summary>
    public static BrowserProfile Narrow320(string locale = Swedish) => new("320px", 320, 640, 1, locale);

    /// <summary>A 1280×800 window zoomed to 200 % (WCAG 1.4.4 Resize text).</summary>
    public static BrowserProfile Zoom200(string locale = Swedish) => new("zoom200", 640, 400, 2, locale);

    /// <summary>A 1280×800 window zoomed to 400 %: the 320 CSS px case of WCAG 1.4.10, on a short screen.</summary>
    public static BrowserProfile Zoom400(string locale = Swedish) => new("zoom400", 320, 200, 4, locale);

    /// <summary>False for a browser with JavaScript turned off (the page's scripts never run; tests can still evaluate).</summary>
    public bool JavaScript { get; init; } = true;

    /// <summary>The same window with JavaScript turned off.</summary>
    public BrowserProfile WithoutJavaScript() => this with { JavaScript = false };

    /// <summary>The two-letter language ("sv", "en") for file names.</summary>
    public string Language => Locale.Split('-')[0];
}
