using System.Globalization;

namespace Intake.Functions.Storage;

/// <summary>OData v3 literals for the Table service: every value typed and escaped here, nowhere else.</summary>
internal static class TableFilterLiteral
{
    public static string Format(object value, string property) => TableValues.Normalize(value, property) switch
    {
        string text => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture) + "L",
        double number => FormatDouble(number, property),
        DateTimeOffset time => "datetime'" + TableValues.FormatDateTime(time) + "'",
        Guid id => "guid'" + id.ToString("D") + "'",
        byte[] bytes => "X'" + Convert.ToHexString(bytes) + "'",
        _ => throw new ArgumentException($"Property '{property}': unsupported filter value type.", nameof(value)),
    };

    private static string FormatDouble(double number, string property)
    {
        if (!double.IsFinite(number))
        {
            throw new ArgumentException($"Property '{property}': NaN and infinities cannot be compared in a filter.", nameof(number));
        }

        string text = number.ToString("R", CultureInfo.InvariantCulture);
        // "2" would be read as an Int32 literal; keep doubles recognisably double.
        return text.AsSpan().ContainsAny(".E") ? text : text + ".0";
    }
}
