using System.Text;
using System.Text.Json;
using Intake.Core.Submissions;
using Microsoft.AspNetCore.WebUtilities;

namespace Intake.Functions.Submissions;

/// <summary>Why a body could not be read at all (before any field is looked at).</summary>
internal enum BodyProblem
{
    None,
    TooLarge,
    UnsupportedMediaType,
    UnsupportedContentEncoding,
    Malformed,
}

/// <summary>
/// Reads a submission body, JSON or a plain HTML form post, into <see cref="SubmissionInput"/> without interpreting it.
/// The body is bounded (64 KiB) before it is parsed.
/// </summary>
internal static class SubmissionInputReader
{
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>
    /// A plain form post may be larger: without JavaScript a too long text can only come back to the person (with the
    /// message "at most N characters") if the body was read. Half a megabyte holds any text a person pastes.
    /// </summary>
    public const int MaxFormPageBodyBytes = 512 * 1024;

    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 4 };

    public static Task<(SubmissionInput? Input, BodyProblem Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken) =>
        ReadAsync(request, MaxBodyBytes, cancellationToken);

    public static async Task<(SubmissionInput? Input, BodyProblem Problem)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (!ContentCoding.IsIdentity(request))
        {
            ContentCoding.AcceptIdentityOnly(request.HttpContext.Response);
            return (null, BodyProblem.UnsupportedContentEncoding);
        }

        var mediaType = MediaType(request.ContentType);
        var isJson = mediaType is "application/json";
        var isForm = mediaType is "application/x-www-form-urlencoded";
        if (!isJson && !isForm)
        {
            return (null, BodyProblem.UnsupportedMediaType);
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, BodyProblem.TooLarge);
        }

        var body = await ReadBoundedAsync(request.Body, maxBytes, cancellationToken);
        if (body is null)
        {
            return (null, BodyProblem.TooLarge);
        }

        var input = isJson ? FromJson(body) : FromForm(body);
        return (input, input is null ? BodyProblem.Malformed : BodyProblem.None);
    }

    private static string? MediaType(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            ? parsed.MediaType.Value?.ToLowerInvariant()
            : null;

    private static async Task<byte[]?> ReadBoundedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static SubmissionInput? FromJson(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body, JsonOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var input = new SubmissionInput();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                input.Add(property.Name, ToRaw(property.Value));
            }

            return input;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            // Not JSON, or JSON whose strings cannot be text: a lone surrogate escape ("\ud800") or invalid UTF-8 in a
            // string or a property name (GetString and Name throw InvalidOperationException or a decoder exception).
            return null;
        }
    }

    private static RawValue ToRaw(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => new RawValue.Text(value.GetString()!),
        JsonValueKind.True => new RawValue.Flag(true),
        JsonValueKind.False => new RawValue.Flag(false),
        JsonValueKind.Null => new RawValue.Empty(),
        JsonValueKind.Array when value.GetArrayLength() == 0 => new RawValue.Empty(),
        JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
            new RawValue.Texts(value.EnumerateArray().Select(e => e.GetString()!).ToList()),
        _ => new RawValue.Unsupported(),
    };

    private static SubmissionInput? FromForm(byte[] body)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        var input = new SubmissionInput();
        foreach (var (name, values) in QueryHelpers.ParseQuery(text))
        {
            var nonEmpty = values.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();
            input.Add(name, nonEmpty.Count switch
            {
                0 => new RawValue.Empty(),
                1 => new RawValue.Text(nonEmpty[0]),
                _ => new RawValue.Texts(nonEmpty),
            });
        }

        return input;
    }
}
