using Microsoft.Extensions.Options;

namespace Intake.Functions.Pages;

/// <summary>Configuration section <c>Pages</c>: who may embed the citizen pages and who may call the API from a browser.</summary>
internal sealed class PagesOptions
{
    public const string SectionName = "Pages";

    /// <summary>Origins allowed to show the pages in a frame (CSP <c>frame-ancestors</c>), e.g. the municipality's
    /// own site. Empty (the default): no site may frame them.</summary>
    public List<string> FrameAncestors { get; set; } = [];

    /// <summary>Origins whose scripts may call the API (CORS). Empty (the default): none besides the app itself.</summary>
    public List<string> CorsOrigins { get; set; } = [];
}

/// <summary>Refuses to start with anything but plain origins (<c>https://host[:port]</c>): a path, a wildcard or a
/// typo would silently open or close the door.</summary>
internal sealed class PagesOptionsValidation : IValidateOptions<PagesOptions>
{
    public ValidateOptionsResult Validate(string? name, PagesOptions options)
    {
        var wrong = options.FrameAncestors.Where(o => o != "'self'" && !IsOrigin(o)).Select(o => $"Pages:FrameAncestors: '{o}' is not an origin such as https://www.kommun.se or 'self'.")
            .Concat(options.CorsOrigins.Where(o => !IsOrigin(o)).Select(o => $"Pages:CorsOrigins: '{o}' is not an origin such as https://www.kommun.se."))
            .ToList();
        return wrong.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(wrong);
    }

    internal static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Scheme is "https" or "http"
        && uri.AbsolutePath == "/" && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo)
        && !value.EndsWith('/')
        && !value.Contains('*', StringComparison.Ordinal);
}
