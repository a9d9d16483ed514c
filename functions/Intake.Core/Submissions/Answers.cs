namespace Intake.Core.Submissions;

/// <summary>
/// The validated answers of one submission, normalized: trimmed text, yes/no as "true"/"false", option values as
/// defined by the question, several values only for multi-choice questions. Questions not answered are absent.
/// </summary>
public sealed class Answers
{
    private readonly Dictionary<string, IReadOnlyList<string>> values;

    public Answers(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> values)
    {
        this.values = new(values, StringComparer.Ordinal);
    }

    public IEnumerable<string> Fields => values.Keys;

    public bool Has(string field) => values.ContainsKey(field);

    /// <summary>The single value of a field (the first of a multi-choice one), or null when not answered.</summary>
    public string? Get(string field) => values.TryGetValue(field, out var v) && v.Count > 0 ? v[0] : null;

    public IReadOnlyList<string> GetAll(string field) => values.TryGetValue(field, out var v) ? v : [];

    public bool? GetBool(string field) => Get(field) switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    public bool IsTrue(string field) => GetBool(field) == true;
}
