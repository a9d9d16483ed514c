using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Intake.Functions.Storage;

/// <summary>
/// Entity JSON without reflection: written with @odata.type annotations where JSON cannot carry the type,
/// read from odata=minimalmetadata responses so the same types come back.
/// </summary>
internal static class TableEntityJson
{
    private const string TypeSuffix = "@odata.type";

    public static byte[] Write(TableEntity entity)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("PartitionKey", entity.PartitionKey);
            writer.WriteString("RowKey", entity.RowKey);
            foreach ((string name, object value) in entity.Properties)
            {
                WriteProperty(writer, name, value);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] WriteTableName(string tableName)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("TableName", tableName);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteProperty(Utf8JsonWriter writer, string name, object value)
    {
        switch (value)
        {
            case string text: writer.WriteString(name, text); break;
            case bool flag: writer.WriteBoolean(name, flag); break;
            case int number: writer.WriteNumber(name, number); break;
            case long number: WriteTyped(writer, name, "Edm.Int64", number.ToString(CultureInfo.InvariantCulture)); break;
            case double number when double.IsFinite(number):
                writer.WriteString(name + TypeSuffix, "Edm.Double");
                writer.WriteNumber(name, number);
                break;
            case double number: WriteTyped(writer, name, "Edm.Double", number.ToString(CultureInfo.InvariantCulture)); break;
            case DateTimeOffset time: WriteTyped(writer, name, "Edm.DateTime", TableValues.FormatDateTime(time)); break;
            case Guid id: WriteTyped(writer, name, "Edm.Guid", id.ToString("D")); break;
            case byte[] bytes: WriteTyped(writer, name, "Edm.Binary", Convert.ToBase64String(bytes)); break;
            default: throw new InvalidOperationException($"Property '{name}' has an unsupported type.");
        }
    }

    private static void WriteTyped(Utf8JsonWriter writer, string name, string edmType, string value)
    {
        writer.WriteString(name + TypeSuffix, edmType);
        writer.WriteString(name, value);
    }

    public static TableEntity Read(JsonElement json, string? etag)
    {
        var entity = new TableEntity(
            json.GetProperty("PartitionKey").GetString() ?? string.Empty,
            json.GetProperty("RowKey").GetString() ?? string.Empty);
        entity.ETag = etag ?? (json.TryGetProperty("odata.etag", out JsonElement tag) ? tag.GetString() : null);
        foreach (JsonProperty property in json.EnumerateObject())
        {
            string name = property.Name;
            if (name is "PartitionKey" or "RowKey" || name.Contains('@', StringComparison.Ordinal)
                || name.StartsWith("odata.", StringComparison.Ordinal) || property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (name == "Timestamp")
            {
                // Always Edm.DateTime, whether or not the server annotates it (Azurite does not).
                entity.Timestamp = (DateTimeOffset)ReadValue(property.Value, "Edm.DateTime");
                continue;
            }

            string? edmType = json.TryGetProperty(name + TypeSuffix, out JsonElement type) ? type.GetString() : null;
            entity.SetFromService(name, ReadValue(property.Value, edmType));
        }

        return entity;
    }

    private static object ReadValue(JsonElement value, string? edmType) => edmType switch
    {
        "Edm.Int64" => long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        "Edm.DateTime" => DateTimeOffset.Parse(
            value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        "Edm.Guid" => Guid.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        "Edm.Binary" => Convert.FromBase64String(value.GetString()!),
        "Edm.Double" => value.ValueKind == JsonValueKind.String
            ? double.Parse(value.GetString()!, CultureInfo.InvariantCulture)
            : value.GetDouble(),
        "Edm.Boolean" => value.GetBoolean(),
        "Edm.Int32" => value.GetInt32(),
        "Edm.String" => value.GetString()!,
        _ => ReadUntyped(value),
    };

    private static object ReadUntyped(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when value.TryGetInt32(out int small) && IsIntegerText(value.GetRawText()) => small,
        JsonValueKind.Number => value.GetDouble(),
        _ => throw new JsonException($"Unexpected JSON {value.ValueKind} in an entity."),
    };

    private static bool IsIntegerText(string text) => !text.AsSpan().ContainsAny(".eE");
}
