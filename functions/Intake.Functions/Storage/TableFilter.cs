namespace Intake.Functions.Storage;

/// <summary>
/// An OData filter built only from validated property names and typed, escaped literals: there is deliberately
/// no way to pass a raw filter string, so caller-supplied values can never change a query's shape.
/// </summary>
public sealed class TableFilter
{
    /// <summary>The Table service allows at most 15 discrete comparisons per filter.</summary>
    internal const int MaxComparisons = 15;

    private readonly string _text;

    private TableFilter(string text, int comparisons)
    {
        if (comparisons > MaxComparisons)
        {
            throw new ArgumentException($"A table filter may hold at most {MaxComparisons} comparisons.");
        }

        _text = text;
        Comparisons = comparisons;
    }

    internal int Comparisons { get; }

    public static TableFilter Equal(string property, object value) => Compare(property, "eq", value);

    public static TableFilter NotEqual(string property, object value) => Compare(property, "ne", value);

    public static TableFilter GreaterThan(string property, object value) => Compare(property, "gt", value);

    public static TableFilter GreaterThanOrEqual(string property, object value) => Compare(property, "ge", value);

    public static TableFilter LessThan(string property, object value) => Compare(property, "lt", value);

    public static TableFilter LessThanOrEqual(string property, object value) => Compare(property, "le", value);

    public TableFilter And(TableFilter other) => Combine("and", other);

    public TableFilter Or(TableFilter other) => Combine("or", other);

    public static TableFilter Not(TableFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new TableFilter($"not ({filter._text})", filter.Comparisons);
    }

    public override string ToString() => _text;

    private static TableFilter Compare(string property, string op, object value)
    {
        TableNaming.ValidatePropertyName(property, nameof(property), allowReserved: true);
        ArgumentNullException.ThrowIfNull(value);
        return new TableFilter($"{property} {op} {TableFilterLiteral.Format(value, property)}", 1);
    }

    private TableFilter Combine(string op, TableFilter other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new TableFilter($"({_text}) {op} ({other._text})", Comparisons + other.Comparisons);
    }
}
