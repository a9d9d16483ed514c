using Intake.Core.Localization;
using Microsoft.Net.Http.Headers;

namespace Intake.Functions.Localization;

/// <summary>Swedish unless the request prefers English (Accept-Language, by quality).</summary>
internal static class RequestLanguage
{
    public static Language Of(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var values))
        {
            return Language.Swedish;
        }

        foreach (var value in values.OrderByDescending(v => v.Quality ?? 1))
        {
            var tag = value.Value.Value ?? string.Empty;
            if (tag.StartsWith("sv", StringComparison.OrdinalIgnoreCase))
            {
                return Language.Swedish;
            }

            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return Language.English;
            }
        }

        return Language.Swedish;
    }
}
