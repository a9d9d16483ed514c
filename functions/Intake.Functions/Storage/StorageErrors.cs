using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Azure;

namespace Intake.Functions.Storage;

/// <summary>
/// Maps a failed response to Azure.Core's <see cref="RequestFailedException"/>, as the Azure SDK does.
/// The message carries status, error code and request id only: never the body, which may echo entity contents.
/// </summary>
internal static class StorageErrors
{
    public static RequestFailedException Create(Response response, string operation)
    {
        string? errorCode = ErrorCode(response);
        string requestId = response.Headers.RequestId ?? "none";
        string message = $"{operation} failed: status {response.Status} ({response.ReasonPhrase}), " +
            $"error code {errorCode ?? "none"}, request id {requestId}.";
        return new RequestFailedException(response.Status, message, errorCode, innerException: null);
    }

    /// <summary>Whether the response is the given failure, e.g. (409, "TableAlreadyExists").</summary>
    public static bool Is(Response response, int status, string errorCode) =>
        response.Status == status && ErrorCode(response) == errorCode;

    /// <summary>Accepts 201/204, or 409 with <paramref name="alreadyExistsCode"/>: "create if not exists".</summary>
    public static Func<Response, bool> CreatedOrAlreadyExists(string alreadyExistsCode) =>
        response => response.Status is 201 or 204 || Is(response, 409, alreadyExistsCode);

    public static string? ErrorCode(Response response)
    {
        if (response.Headers.TryGetValue("x-ms-error-code", out string? header) && !string.IsNullOrEmpty(header))
        {
            return header;
        }

        try
        {
            return CodeFromBody(response.Content);
        }
        catch (Exception ex) when (ex is JsonException or XmlException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string? CodeFromBody(BinaryData? body)
    {
        string text = body?.ToString().TrimStart() ?? string.Empty;
        if (text.StartsWith('{'))
        {
            using JsonDocument document = JsonDocument.Parse(text);
            JsonElement root = document.RootElement;
            return (root.TryGetProperty("odata.error", out JsonElement error) || root.TryGetProperty("error", out error))
                && error.TryGetProperty("code", out JsonElement code) ? code.GetString() : null;
        }

        if (text.StartsWith('<'))
        {
            using var reader = XmlReader.Create(new StringReader(text), StorageXml.SafeReaderSettings);
            return XDocument.Load(reader).Root?.Element("Code")?.Value;
        }

        return null;
    }
}
