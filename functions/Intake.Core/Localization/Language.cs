namespace Intake.Core.Localization;

/// <summary>What citizens and staff read is Swedish first, English second.</summary>
public enum Language
{
    Swedish,
    English,
}

public static class Languages
{
    public static string ToCode(this Language language) => language == Language.English ? "en" : "sv";

    public static Language FromCode(string? code) =>
        code is not null && code.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.Swedish;
}

/// <summary>A text in both languages.</summary>
public sealed record LocalizedText(string Swedish, string English)
{
    public string this[Language language] => language == Language.English ? English : Swedish;
}
