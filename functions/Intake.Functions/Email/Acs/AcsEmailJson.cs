using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Azure;

namespace Intake.Functions.Email.Acs;

/// <summary>The wire JSON of the API description, written and read by hand: no reflection, safe to trim.</summary>
internal static class AcsEmailJson
{
    // Swedish letters stay literal; HTML-sensitive characters are still escaped.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The <c>EmailMessage</c> body, camelCase, in the order of the API description; null members left out.</summary>
    public static byte[] WriteMessage(AcsEmailMessage message)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("senderAddress", message.SenderAddress);
            writer.WriteStartObject("recipients");
            writer.WriteStartArray("to");
            foreach (AcsEmailAddress recipient in message.To)
            {
                writer.WriteStartObject();
                writer.WriteString("address", recipient.Address);
                WriteIfNotNull(writer, "displayName", recipient.DisplayName);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteStartObject("content");
            writer.WriteString("subject", message.Subject);
            WriteIfNotNull(writer, "plainText", message.PlainText);
            WriteIfNotNull(writer, "html", message.Html);
            writer.WriteEndObject();
            if (message.Headers is { Count: > 0 } headers)
            {
                writer.WriteStartObject("headers");
                foreach ((string name, string value) in headers)
                {
                    writer.WriteString(name, value);
                }

                writer.WriteEndObject();
            }

            if (message.UserEngagementTrackingDisabled)
            {
                writer.WriteBoolean("userEngagementTrackingDisabled", true);
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads an <c>EmailSendResult</c>: <c>{ "id", "status", "error": { "code", "message" } }</c>.</summary>
    public static AcsSendResult ReadResult(Response response, string operation)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(response.Content.ToMemory());
            JsonElement root = document.RootElement;
            string? id = root.GetProperty("id").GetString();
            AcsSendStatus? status = ParseStatus(root.GetProperty("status").GetString());
            if (string.IsNullOrEmpty(id) || status is null)
            {
                throw AcsEmailErrors.Unreadable(response, operation);
            }

            JsonElement error = root.TryGetProperty("error", out JsonElement e) && e.ValueKind == JsonValueKind.Object ? e : default;
            return new AcsSendResult(id, status.Value, StringOrNull(error, "code"), StringOrNull(error, "message"));
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw AcsEmailErrors.Unreadable(response, operation, ex);
        }
    }

    /// <summary>The five statuses of the pinned API version, matched exactly (no numeric strings).</summary>
    private static AcsSendStatus? ParseStatus(string? status) => status switch
    {
        "NotStarted" => AcsSendStatus.NotStarted,
        "Running" => AcsSendStatus.Running,
        "Succeeded" => AcsSendStatus.Succeeded,
        "Failed" => AcsSendStatus.Failed,
        "Canceled" => AcsSendStatus.Canceled,
        _ => null,
    };

    private static void WriteIfNotNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static string? StringOrNull(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value)
            && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
