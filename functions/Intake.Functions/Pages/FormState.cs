using Intake.Core.Submissions;

namespace Intake.Functions.Pages;

/// <summary>A box at the top of a form page that says what went wrong as a whole (not one field).</summary>
internal sealed record FormNotice(string Title, string Text);

/// <summary>
/// What a form page shows: the values as the person typed them (never normalized, never dropped), the message for
/// each field in error, and a notice when the whole form could not be taken.
/// </summary>
internal sealed class FormState
{
    public static FormState Empty { get; } = new(new Dictionary<string, IReadOnlyList<string>>(), []);

    public FormState(IReadOnlyDictionary<string, IReadOnlyList<string>> values, IReadOnlyList<KeyValuePair<string, string>> errors, FormNotice? notice = null)
    {
        Values = values;
        Errors = errors;
        Notice = notice;
    }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Values { get; }

    /// <summary>Field id and message, in the order of the questions on the page.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Errors { get; }

    public FormNotice? Notice { get; }

    public bool HasErrors => Errors.Count > 0;

    public IReadOnlyList<string> ValuesOf(string field) => Values.TryGetValue(field, out var v) ? v : [];

    public string? ErrorOf(string field) => Errors.FirstOrDefault(e => e.Key == field).Value;

    public bool IsChosen(string field, string value) => ValuesOf(field).Any(v => string.Equals(v.Trim(), value, StringComparison.OrdinalIgnoreCase));

    /// <summary>The values of a posted form, exactly as typed.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ValuesFrom(SubmissionInput input)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, raw) in input.Fields)
        {
            IReadOnlyList<string> these = raw switch
            {
                RawValue.Text t => [t.Value],
                RawValue.Texts many => many.Values,
                RawValue.Flag f => [f.Value ? "true" : "false"],
                _ => [],
            };
            values[name] = values.TryGetValue(name, out var earlier) ? [.. earlier, .. these] : these;
        }

        return values;
    }

    public FormState With(IReadOnlyList<KeyValuePair<string, string>> errors) => new(Values, errors, Notice);

    public FormState With(FormNotice notice) => new(Values, Errors, notice);
}
