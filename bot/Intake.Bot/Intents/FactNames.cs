using System.Text.RegularExpressions;
using Intake.Core.Localization;

namespace Intake.Bot.Intents;

/// <summary>
/// The recognizer's keywords know the municipality's own units by the names of the pages it was written from (Nexus,
/// Fjärilen, Björkebo, Kundcenter). A municipality that calls them otherwise (configuration section
/// <c>Municipality</c>) has its own names read as those keywords before a message is recognised, so "vad är
/// Ankaret?" is the question about the outpatient unit wherever that unit is called Ankaret.
/// </summary>
internal static class FactNames
{
    private static readonly (string Fact, string Keyword)[] Units =
    [
        ("Outpatient", "nexus"),
        ("RelativesChildren", "fjärilen"),
        ("TreatmentHome", "björkebo"),
        ("KundcenterShort", "kundcenter"),
    ];

    public static string AsKeywords(string text, MunicipalFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var (fact, keyword) in Units)
        {
            var names = facts[fact];
            foreach (var name in new[] { names.Swedish, names.English }.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!string.Equals(name, keyword, StringComparison.OrdinalIgnoreCase) && text.Contains(name, StringComparison.OrdinalIgnoreCase))
                {
                    text = Regex.Replace(text, $@"(?<!\w){Regex.Escape(name)}(?!\w)", keyword, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
                }
            }
        }

        return text;
    }
}
