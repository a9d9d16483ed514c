using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>One answer of <see cref="AcsEmailStub"/>; kept whole so a repeated request can be answered the same way.</summary>
internal sealed record AcsStubReply(int Status, byte[] Body, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    /// <summary>The Azure common error envelope with the matching x-ms-error-code header.</summary>
    public static AcsStubReply Error(int status, string code, string message, TimeSpan? retryAfter = null)
    {
        byte[] body = Json(writer =>
        {
            writer.WriteStartObject("error");
            writer.WriteString("code", code);
            writer.WriteString("message", message);
            writer.WriteEndObject();
        });
        List<KeyValuePair<string, string>> headers = [new("x-ms-error-code", code)];
        if (retryAfter is { } delay)
        {
            headers.Add(new("Retry-After", ((int)delay.TotalSeconds).ToString(CultureInfo.InvariantCulture)));
        }

        return new AcsStubReply(status, body, headers);
    }

    /// <summary>An <c>EmailSendResult</c>: <c>{ "id", "status" }</c>.</summary>
    public static AcsStubReply Result(int status, string id, string sendStatus, params KeyValuePair<string, string>[] headers) =>
        new(status, Json(writer =>
        {
            writer.WriteString("id", id);
            writer.WriteString("status", sendStatus);
        }), headers);

    public async Task WriteAsync(HttpResponse response)
    {
        response.StatusCode = Status;
        response.ContentType = "application/json";
        foreach ((string name, string value) in Headers)
        {
            response.Headers[name] = value;
        }

        await response.Body.WriteAsync(Body);
    }

    private static byte[] Json(Action<Utf8JsonWriter> writeProperties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
