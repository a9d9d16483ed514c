using System.Text;
using System.Text.Json.Nodes;

namespace Intake.Functions.Tests.Hostile;

/// <summary>
/// The generated cases and what generating them needs: one seeded <see cref="Random"/> (the same seed, the same
/// cases, in the same order), markers for valid-looking bodies, and request builders.
/// </summary>
internal sealed class CaseSet(int seed, IReadOnlyList<string> staticFiles)
{
    private const string Placeholder = "@@raw@@";

    private readonly List<HostileCase> cases = [];
    private readonly HashSet<string> names = new(StringComparer.Ordinal);
    private int markers;

    public int Seed => seed;

    public Random Random { get; } = new(seed);

    public IReadOnlyList<string> StaticFiles => staticFiles;

    public IReadOnlyList<Endpoint> Endpoints { get; } = HostileEndpoints.All(staticFiles);

    public IReadOnlyList<HostileCase> Cases => cases;

    /// <summary>A text no two bodies share, put in the free text of a valid-looking body.</summary>
    public string Marker() => $"hostile-{++markers:D5}";

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary><paramref name="count"/> different items, in the list's order.</summary>
    public IReadOnlyList<T> Some<T>(IReadOnlyList<T> items, int count) =>
        [.. Enumerable.Range(0, items.Count).OrderBy(_ => Random.Next()).Take(count).Order().Select(i => items[i])];

    public void Add(string category, string name, string function, RawRequest request, Expect expect = Expect.Any, int? status = null) =>
        Add(new HostileCase(category, name, function, request) { Expect = expect, Status = status });

    /// <summary>Adds a case; a name already taken gets a number, so that every name says which case it is.</summary>
    public void Add(HostileCase hostile)
    {
        var name = hostile.Name;
        for (var n = 2; !names.Add($"{hostile.Category}/{name}"); n++)
        {
            name = $"{hostile.Name} #{n}";
        }

        cases.Add(hostile with { Name = name });
    }

    /// <summary>An Idempotency-Key the API accepts (16–128 of A–Z a–z 0–9 - _ . :).</summary>
    public string Key(int length = 24)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:";
        return string.Create(length, Random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[r.Next(alphabet.Length)];
            }
        });
    }

    public static RawRequest Get(string path) => new("GET", path);

    public static RawRequest Json(string path, string json) => new RawRequest("POST", path).WithBody(json, "application/json");

    public static RawRequest Json(string path, byte[] json) => new RawRequest("POST", path).WithBody(json, "application/json");

    public static RawRequest Form(string path, string form) => new RawRequest("POST", path).WithBody(form, "application/x-www-form-urlencoded");

    public static RawRequest Form(string path, byte[] form) => new RawRequest("POST", path).WithBody(form, "application/x-www-form-urlencoded");

    /// <summary>A valid submission for the endpoint: JSON for the API, a plain form post for a page.</summary>
    public RawRequest Valid(Endpoint endpoint) => Valid(endpoint, HostileEndpoints.Valid(endpoint.Kind!.Value, Marker()));

    public static RawRequest Valid(Endpoint endpoint, JsonObject body) =>
        endpoint.IsApi ? Json(endpoint.Path, body.ToJsonString()) : Form(endpoint.Path, HostileEndpoints.Form(body));

    /// <summary>The body as JSON with one property's value written as the given raw JSON text (any text at all).</summary>
    public static string WithRaw(JsonObject body, string field, string rawJson)
    {
        var copy = body.DeepClone().AsObject();
        copy[field] = Placeholder;
        return copy.ToJsonString().Replace($"\"{Placeholder}\"", rawJson, StringComparison.Ordinal);
    }

    /// <summary>The body as JSON bytes with raw bytes inside one property's string value (invalid UTF-8, for one).</summary>
    public static byte[] WithRawBytes(JsonObject body, string field, byte[] inside)
    {
        var json = WithRaw(body, field, $"\"a{Placeholder}b\"");
        var at = json.IndexOf(Placeholder, StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(json[..at]), .. inside, .. Encoding.UTF8.GetBytes(json[(at + Placeholder.Length)..])];
    }

    /// <summary>A text for a case's name: cut short (never a whole body or header), and every char outside printable
    /// ASCII written as U+XXXX, so that a name shows what is invisible and can be copied.</summary>
    public static string Short(string text, int max = 24)
    {
        var shown = new StringBuilder();
        for (var i = 0; i < Math.Min(text.Length, max); i++)
        {
            var c = text[i];
            var code = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(c, text[++i]) : c;
            shown.Append(code is >= ' ' and < 0x7f ? c.ToString() : $"U+{code:X4}");
        }

        return shown + (text.Length > max ? $"…({text.Length})" : string.Empty);
    }

    /// <summary>Bytes spelled as Latin-1 text (each char one byte: "\u00ff" is 0xFF).</summary>
    public static byte[] Bytes(string latin1) => Encoding.Latin1.GetBytes(latin1);
}
