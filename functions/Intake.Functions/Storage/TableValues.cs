namespace Intake.Functions.Storage;

/// <summary>The property value types a table entity supports, normalized (a UTC DateTime becomes a DateTimeOffset).</summary>
internal static class TableValues
{
    public static object Normalize(object value, string propertyName) => value switch
    {
        string or bool or int or long or double or Guid or byte[] => value,
        DateTimeOffset dto => dto.ToUniversalTime(),
        DateTime { Kind: DateTimeKind.Utc } dt => new DateTimeOffset(dt),
        DateTime => throw new ArgumentException(
            $"Property '{propertyName}': a DateTime must be UTC (DateTimeKind.Utc); use DateTimeOffset otherwise.", propertyName),
        _ => throw new ArgumentException(
            $"Property '{propertyName}': type {value.GetType().Name} is not supported " +
            "(string, bool, int, long, double, DateTimeOffset, UTC DateTime, Guid, byte[]).", propertyName),
    };

    /// <summary>The wire form of a DateTime: ISO 8601 UTC with seven fractional digits.</summary>
    public static string FormatDateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
