using System.Text.RegularExpressions;

namespace Intake.Core.Localization;

/// <summary>
/// The municipality's own facts (its name, Kundcenter's name and number, its units' names), from configuration section
/// <c>Municipality</c>, and the one renderer that puts them into a text. A text names a fact by a placeholder
/// <c>{Name}</c> (PascalCase) in its Swedish and its English template; <see cref="Render(string, Language)"/> replaces
/// each by the configured value in that language and throws on a name it does not know. Other slots — <c>{0}</c> and
/// the lower-case <c>{name}</c> of <see cref="ValidationMessages"/> — are left for the code that fills them.
/// </summary>
public sealed partial class MunicipalFacts
{
    public const string SectionName = "Municipality";

    /// <summary>Every fact a text may name. A setting is either one value (<c>Municipality:Outpatient</c>) or one per
    /// language (<c>Municipality:Hospital:Sv</c> and <c>:En</c>).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "Municipality",
        "Kundcenter",
        "KundcenterShort",
        "KundcenterPhone",
        "KundcenterPhoneInternational",
        "AdultTeam",
        "Outpatient",
        "RelativesChildren",
        "TreatmentHome",
        "Hospital",
    ];

    private readonly Dictionary<string, LocalizedText> values;

    /// <summary>The facts given, each in both languages; every one of <see cref="Names"/> must be given, and no other.</summary>
    public MunicipalFacts(IReadOnlyDictionary<string, LocalizedText> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var problems = Problems(values);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(values));
        }

        this.values = new Dictionary<string, LocalizedText>(values, StringComparer.Ordinal);
    }

    /// <summary>Kundcenter's number as written in Sweden ("063-14 30 00"): also the link a page dials.</summary>
    public string KundcenterPhone => values["KundcenterPhone"].Swedish;

    /// <summary>The municipality's name in Swedish, as it signs its e-mails ("Östersunds kommun").</summary>
    public string MunicipalityName => values["Municipality"].Swedish;

    public LocalizedText this[string name] =>
        values.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"'{{{name}}}' is not a municipal fact (known: {string.Join(", ", Names)}).");

    /// <summary>The template with every <c>{Name}</c> replaced by the fact in <paramref name="language"/>.</summary>
    /// <exception cref="KeyNotFoundException">The template names a fact that does not exist.</exception>
    public string Render(string template, Language language)
    {
        ArgumentNullException.ThrowIfNull(template);
        return template.Contains('{', StringComparison.Ordinal)
            ? Placeholder().Replace(template, m => this[m.Groups[1].Value][language])
            : template;
    }

    /// <summary>The text in <paramref name="language"/>, rendered.</summary>
    public string Render(LocalizedText template, Language language)
    {
        ArgumentNullException.ThrowIfNull(template);
        return Render(template[language], language);
    }

    /// <summary>Both languages rendered.</summary>
    public LocalizedText Render(LocalizedText template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new(Render(template.Swedish, Language.Swedish), Render(template.English, Language.English));
    }

    /// <summary>The fact names a template uses (for tests and checks).</summary>
    public static IEnumerable<string> NamesIn(string template) =>
        Placeholder().Matches(template ?? string.Empty).Select(m => m.Groups[1].Value);

    /// <summary>
    /// The facts from configuration section <c>Municipality</c>, given as its settings relative to the section
    /// (<c>IConfigurationSection.AsEnumerable(makePathsRelative: true)</c>): <c>Name</c> for one value in both
    /// languages, <c>Name:Sv</c> and <c>Name:En</c> for one per language. A fact given both ways (one layer of
    /// configuration overriding another in the other shape) is added to <paramref name="problems"/>: which was meant
    /// cannot be known.
    /// </summary>
    public static IReadOnlyDictionary<string, LocalizedText> FromSettings(IEnumerable<KeyValuePair<string, string?>> settings, ICollection<string>? problems = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var single = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var swedish = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var english = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in settings)
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;  // A section's own entry ("Hospital" above "Hospital:Sv"), or nothing given: reported as not set.
            }

            var parts = key.Split(':');
            switch (parts)
            {
                case [var name]:
                    single[name] = value;
                    break;
                case [var name, var language] when language.Equals("Sv", StringComparison.OrdinalIgnoreCase):
                    swedish[name] = value;
                    break;
                case [var name, var language] when language.Equals("En", StringComparison.OrdinalIgnoreCase):
                    english[name] = value;
                    break;
                default:
                    single[key] = value;  // Reported as unknown by Problems.
                    break;
            }
        }

        var facts = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var name in single.Keys.Concat(swedish.Keys).Concat(english.Keys).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var canonical = Names.FirstOrDefault(n => n.Equals(name, StringComparison.OrdinalIgnoreCase)) ?? name;
            single.TryGetValue(name, out var both);
            if (both is not null && (swedish.ContainsKey(name) || english.ContainsKey(name)))
            {
                problems?.Add($"{SectionName}:{canonical} is given both as one value and per language ({SectionName}:{canonical}:Sv/En): give it one way.");
            }

            facts[canonical] = new(
                swedish.TryGetValue(name, out var sv) ? sv : both ?? string.Empty,
                english.TryGetValue(name, out var en) ? en : both ?? string.Empty);
        }

        return facts;
    }

    /// <summary>What is wrong with the facts given, each problem naming its setting; none when they will do.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyDictionary<string, LocalizedText> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var problems = new List<string>();
        foreach (var name in Names)
        {
            if (!values.TryGetValue(name, out var value))
            {
                problems.Add($"{SectionName}:{name} is not set: every text that names {{{name}}} needs it.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(value.Swedish))
            {
                problems.Add($"{SectionName}:{name}:Sv (or {SectionName}:{name}) is empty.");
            }

            if (string.IsNullOrWhiteSpace(value.English))
            {
                problems.Add($"{SectionName}:{name}:En (or {SectionName}:{name}) is empty.");
            }

            if (value.Swedish.Contains('{', StringComparison.Ordinal) || value.English.Contains('{', StringComparison.Ordinal))
            {
                problems.Add($"{SectionName}:{name} may not contain '{{'.");
            }
        }

        foreach (var name in values.Keys.Where(k => !Names.Contains(k, StringComparer.Ordinal)))
        {
            problems.Add($"{SectionName}:{name} is not a municipal fact (known: {string.Join(", ", Names)}).");
        }

        if (values.TryGetValue("KundcenterPhone", out var phone) && values.TryGetValue("KundcenterPhoneInternational", out var international)
            && Digits(phone.Swedish) is { Length: > 1 } national && national[0] == '0'
            && !(Digits(international.Swedish) == "46" + national[1..] && Digits(international.English) == "46" + national[1..]))
        {
            problems.Add($"{SectionName}:KundcenterPhoneInternational is not {SectionName}:KundcenterPhone with +46 for its leading 0.");
        }

        return problems;
    }

    private static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    [GeneratedRegex(@"\{([A-Z][A-Za-z0-9]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
