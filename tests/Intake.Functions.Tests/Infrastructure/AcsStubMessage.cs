using System.Text.Json;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>An e-mail the stub accepted, as parsed from the <c>EmailMessage</c> body.</summary>
public sealed record StubEmail(
    string OperationId,
    string? RepeatabilityRequestId,
    string SenderAddress,
    IReadOnlyList<string> To,
    string Subject,
    string? PlainText,
    string? Html,
    IReadOnlyDictionary<string, string> Headers);

/// <summary>Reads and checks a send body the way the service does: required members present and of the right type.</summary>
internal static class AcsStubMessage
{
    /// <summary>The e-mail, or null with the reason the service would answer 400.</summary>
    public static StubEmail? Parse(byte[] body, string operationId, string? repeatabilityId, out string? problem)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            JsonElement root = document.RootElement;
            JsonElement content = root.GetProperty("content");
            JsonElement[] to = [.. root.GetProperty("recipients").GetProperty("to").EnumerateArray()];
            string? plainText = OptionalString(content, "plainText");
            string? html = OptionalString(content, "html");
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (root.TryGetProperty("headers", out JsonElement headerObject))
            {
                foreach (JsonProperty header in headerObject.EnumerateObject())
                {
                    headers[header.Name] = header.Value.GetString() ?? throw new InvalidOperationException("null header");
                }
            }

            problem = to.Length == 0 ? "recipients.to is empty."
                : plainText is null && html is null ? "content needs plainText or html."
                : null;
            return problem is null
                ? new StubEmail(
                    operationId, repeatabilityId, RequiredString(root, "senderAddress"),
                    [.. to.Select(r => RequiredString(r, "address"))], RequiredString(content, "subject"), plainText, html, headers)
                : null;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            problem = "The body is not a valid EmailMessage: " + ex.GetType().Name;
            return null;
        }
    }

    private static string RequiredString(JsonElement element, string name) =>
        element.GetProperty(name).GetString() is { Length: > 0 } text ? text : throw new ArgumentException(name);

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) ? value.GetString() : null;
}
