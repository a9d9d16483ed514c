using System.Globalization;
using System.Text.Json;
using Intake.Functions.Functions;

namespace Intake.Functions.Hosting;

/// <summary>
/// Reads the Functions host's invocation payload <c>{ "Data": {...}, "Metadata": {...} }</c>. The host JSON-encodes
/// plain strings a second time (a queue message "{\"a\":1}" may arrive as "\"{\\\"a\\\":1}\"") and may send numbers
/// as strings, so every value is read tolerantly (specs/azure-functions-custom-handler.md §5.2).
/// </summary>
internal static class InvocationPayload
{
    public static QueueDelivery ReadQueueDelivery(JsonElement root)
    {
        var data = Property(root, "Data");
        if (data is not { ValueKind: JsonValueKind.Object } || !data.Value.EnumerateObject().Any())
        {
            throw new InvalidDataException("The invocation has no Data.");
        }

        var message = Text(data.Value.EnumerateObject().First().Value)
            ?? throw new InvalidDataException("The queue message is empty.");
        var metadata = Property(root, "Metadata");
        return new QueueDelivery(
            message,
            metadata is { } m ? Text(Property(m, "Id")) : null,
            metadata is { } m2 && long.TryParse(Text(Property(m2, "DequeueCount")), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) ? count : 1,
            metadata is { } m3 && DateTimeOffset.TryParse(Text(Property(m3, "InsertionTime")), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null);
    }

    /// <summary>A value as text: strings unwrapped once more if they are themselves a JSON string literal; objects,
    /// arrays and numbers as their JSON text.</summary>
    internal static string? Text(JsonElement? value)
    {
        if (value is not { } v || v.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            return v.GetRawText();
        }

        var text = v.GetString()!;
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            try
            {
                using var inner = JsonDocument.Parse(text);
                if (inner.RootElement.ValueKind == JsonValueKind.String)
                {
                    return inner.RootElement.GetString();
                }
            }
            catch (JsonException)
            {
                // Not a JSON string literal after all: keep the text as it came.
            }
        }

        return text;
    }

    private static JsonElement? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}
