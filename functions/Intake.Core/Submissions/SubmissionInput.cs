namespace Intake.Core.Submissions;

/// <summary>One field as it arrived, before validation: from JSON or from a plain HTML form post.</summary>
public abstract record RawValue
{
    private RawValue()
    {
    }

    /// <summary>A single text (a JSON string, or one form value).</summary>
    public sealed record Text(string Value) : RawValue;

    /// <summary>Several texts (a JSON array of strings, or a repeated form field).</summary>
    public sealed record Texts(IReadOnlyList<string> Values) : RawValue;

    /// <summary>A JSON true or false.</summary>
    public sealed record Flag(bool Value) : RawValue;

    /// <summary>A JSON value of a type no question takes (number, object, nested array).</summary>
    public sealed record Unsupported : RawValue;

    /// <summary>Absent values: JSON null, an empty string or an empty list.</summary>
    public sealed record Empty : RawValue;
}

/// <summary>All fields of one submission as they arrived, in order.</summary>
public sealed class SubmissionInput
{
    private readonly List<KeyValuePair<string, RawValue>> fields = [];

    public IReadOnlyList<KeyValuePair<string, RawValue>> Fields => fields;

    public SubmissionInput Add(string name, RawValue value)
    {
        fields.Add(new(name, value));
        return this;
    }

    public SubmissionInput Add(string name, string value) => Add(name, new RawValue.Text(value));

    public SubmissionInput Add(string name, bool value) => Add(name, new RawValue.Flag(value));

    public SubmissionInput Add(string name, params string[] values) => Add(name, new RawValue.Texts(values));

    /// <summary>Removes every field with this name and returns their values (a field that is not an answer).</summary>
    public IReadOnlyList<RawValue> Take(string name)
    {
        var taken = fields.Where(f => string.Equals(f.Key, name, StringComparison.Ordinal)).Select(f => f.Value).ToList();
        fields.RemoveAll(f => string.Equals(f.Key, name, StringComparison.Ordinal));
        return taken;
    }
}
