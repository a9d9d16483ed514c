using System.Globalization;
using System.Text;
using Intake.Core.Submissions;

namespace Intake.Functions.Tests.Hostile;

/// <summary>
/// Hostile text in the answers: control and format characters, Unicode noncharacters, lone surrogates and malformed
/// UTF-8, in JSON (escaped and raw) and in plain form posts (percent-encoded and raw), in values and in names.
/// </summary>
internal static class TextCases
{
    /// <summary>C0 controls other than tab, line feed and carriage return, and DEL: never allowed in an answer.</summary>
    private static readonly string[] Forbidden = ["\u0000", "\u0001", "\u0007", "\u0008", "\u000b", "\u000c", "\u001b", "\u001f", "\u007f"];

    /// <summary>Allowed or not depending on the field; the app decides, it must only not fail.</summary>
    private static readonly string[] Odd =
    [
        "\t", "\n", "\r", "\r\n", "\u0080", "\u0085", "\u009f", "\u00ad", "\u061c", "\u180e", "\u200b", "\u200d", "\u200e", "\u202e", "\u2060",
        "\u2066", "\u2028", "\u2029", "\ufeff", "\ufff9", "\ufffc", "\ufffd", "\ue000", "\U000F0000", "\U000E0001", "\U0001F600",
        "a" + string.Concat(Enumerable.Repeat("\u0301", 300)), "\u0301", "A\u030a", "\ufb03", "\uff21\uff22", "\u05d0\u05d1", "\u0130", "ß",
        "%", "%00", "+", "&", "=", "<script>alert(1)</script>", "\"><svg onload=alert(1)>", "{{7*7}}", "'; DROP TABLE submissions; --",
        "bo@example.se\r\nBcc: x@example.org", "../../etc/passwd",
    ];

    private static readonly string[] Noncharacters =
        ["\ufdd0", "\ufdef", "\ufffe", "\uffff", "\U0001FFFE", "\U0001FFFF", "\U000EFFFF", "\U0010FFFE", "\U0010FFFF"];

    /// <summary>JSON escapes that are no text: a lone or reversed surrogate.</summary>
    private static readonly string[] LoneSurrogates =
        ["\\ud800", "\\udbff", "\\udc00", "\\udfff", "\\udc00\\ud800", "\\ud800\\ud800", "x\\ud800", "\\ud800x", "\\uDFFFx"];

    /// <summary>Bytes that are not UTF-8: overlong, truncated, lone continuation, out of range, surrogates.</summary>
    private static readonly (string Name, byte[] Bytes)[] Malformed =
    [
        ("overlong-slash", [0xC0, 0xAF]), ("overlong-c1", [0xC1, 0xBF]), ("overlong-3", [0xE0, 0x80, 0xAF]), ("overlong-4", [0xF0, 0x80, 0x80, 0xAF]),
        ("truncated-2", [0xC3]), ("truncated-3", [0xE2, 0x82]), ("bad-continuation", [0xC3, 0x28]), ("lone-continuation", [0x80]),
        ("fe", [0xFE]), ("ff", [0xFF]), ("f5", [0xF5, 0x80, 0x80, 0x80]), ("above-10ffff", [0xF4, 0x90, 0x80, 0x80]),
        ("surrogate-d800", [0xED, 0xA0, 0x80]), ("surrogate-dfff", [0xED, 0xBF, 0xBF]), ("cesu-pair", [0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80]),
        ("five-bytes", [0xF8, 0x88, 0x80, 0x80, 0x80]),
    ];

    public static void Add(CaseSet set)
    {
        foreach (var (chars, category, expect) in new[] { (Forbidden, "control-chars", Expect.Refused), (Odd, "format-chars", Expect.Any), (Noncharacters, "noncharacters", Expect.Refused) })
        {
            foreach (var ch in chars)
            {
                foreach (var endpoint in HostileEndpoints.Api)
                {
                    AddJsonText(set, category, endpoint, ch, expect);
                }

                AddFormText(set, category, set.Pick(HostileEndpoints.FormPages), ch, expect);
                AddFormText(set, category, set.Pick(HostileEndpoints.Api), ch, expect);
            }
        }

        foreach (var escape in LoneSurrogates)
        {
            foreach (var endpoint in HostileEndpoints.Api)
            {
                var field = set.Pick(TextFields(endpoint.Kind!.Value));
                var body = HostileEndpoints.Valid(endpoint.Kind!.Value, set.Marker());
                set.Add("lone-surrogates", $"{endpoint.Path}/{field}=\"{escape}\"", endpoint.Function, CaseSet.Json(endpoint.Path, CaseSet.WithRaw(body, field, $"\"{escape}\"")), Expect.Refused, 400);
            }

            var api = set.Pick(HostileEndpoints.Api);
            var named = HostileEndpoints.Valid(api.Kind!.Value, set.Marker()).ToJsonString();
            set.Add("lone-surrogates", $"{api.Path}/name \"{escape}\"", api.Function, CaseSet.Json(api.Path, named[..^1] + $",\"{escape}\":\"x\"}}"), Expect.Refused, 400);
        }

        foreach (var (name, bytes) in Malformed)
        {
            AddMalformed(set, name, bytes);
        }
    }

    private static IReadOnlyList<string> TextFields(SubmissionKind kind) =>
        [.. QuestionModel.For(kind).Questions.Where(q => q.Type is FieldType.Text or FieldType.LongText or FieldType.Email or FieldType.Phone or FieldType.PersonalIdentityNumber).Select(q => q.Id)];

    private static void AddJsonText(CaseSet set, string category, Endpoint endpoint, string ch, Expect expect)
    {
        var kind = endpoint.Kind!.Value;
        var field = set.Pick(TextFields(kind));
        var marker = set.Marker();
        var body = HostileEndpoints.Valid(kind, marker);
        var raw = set.Random.Next(2) == 0;
        var value = $"a{ch}b {marker}";
        var json = raw
            ? CaseSet.WithRaw(body, field, "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"")
            : CaseSet.WithRaw(body, field, System.Text.Json.JsonSerializer.Serialize(value, EscapeAll.Options));
        set.Add(category, $"{endpoint.Path}/{field}={CaseSet.Short(ch, 6)}{(raw ? " raw" : " escaped")}", endpoint.Function, CaseSet.Json(endpoint.Path, json), expect);
    }

    private static void AddFormText(CaseSet set, string category, Endpoint endpoint, string ch, Expect expect)
    {
        var kind = endpoint.Kind!.Value;
        var field = set.Pick(TextFields(kind));
        var marker = set.Marker();
        var body = HostileEndpoints.Valid(kind, marker);
        body[field] = $"a{ch}b {marker}";
        set.Add(category, $"{endpoint.Path}/form {field}={CaseSet.Short(ch, 6)}", endpoint.Function, CaseSet.Form(endpoint.Path, HostileEndpoints.Form(body)), expect);
    }

    private static void AddMalformed(CaseSet set, string name, byte[] bytes)
    {
        var api = set.Pick(HostileEndpoints.Api);
        var kind = api.Kind!.Value;
        var field = set.Pick(TextFields(kind));
        set.Add("malformed-utf8", $"{api.Path}/{field} {name}", api.Function,
            CaseSet.Json(api.Path, CaseSet.WithRawBytes(HostileEndpoints.Valid(kind, set.Marker()), field, bytes)), Expect.Refused, 400);

        var named = Encoding.UTF8.GetBytes(HostileEndpoints.Valid(kind, set.Marker()).ToJsonString()[..^1] + ",\"");
        set.Add("malformed-utf8", $"{api.Path}/name {name}", api.Function, CaseSet.Json(api.Path, [.. named, .. bytes, .. "\":\"x\"}"u8]), Expect.Refused, 400);
        set.Add("malformed-utf8", $"{api.Path}/outside strings {name}", api.Function, CaseSet.Json(api.Path, [.. named[..^2], .. bytes, .. "}"u8]), Expect.Refused, 400);

        foreach (var target in new[] { set.Pick(HostileEndpoints.FormPages), set.Pick(HostileEndpoints.Api) })
        {
            var form = Encoding.ASCII.GetBytes(HostileEndpoints.Form(HostileEndpoints.Valid(target.Kind!.Value, set.Marker())) + "&" + set.Pick(TextFields(target.Kind!.Value)) + "=a");
            set.Add("malformed-utf8", $"{target.Path}/form raw {name}", target.Function, CaseSet.Form(target.Path, [.. form, .. bytes]), Expect.Refused, 400);
            var escaped = string.Concat(bytes.Select(b => "%" + b.ToString("X2", CultureInfo.InvariantCulture)));
            set.Add("malformed-utf8", $"{target.Path}/form %-encoded {name}", target.Function, CaseSet.Form(target.Path, [.. form, .. Encoding.ASCII.GetBytes(escaped)]));
        }
    }

    /// <summary>Serializes every character outside printable ASCII as \uXXXX (supplementary ones as surrogate pairs).</summary>
    private static class EscapeAll
    {
        public static readonly System.Text.Json.JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default };
    }
}
