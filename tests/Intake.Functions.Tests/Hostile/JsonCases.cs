using Intake.Core.Submissions;

namespace Intake.Functions.Tests.Hostile;

/// <summary>JSON bodies of the wrong shape: every question given wrong types (12 of 23 each, by the seed), duplicate properties, JSON that
/// is huge, deeply nested, not an object or not JSON at all.</summary>
internal static class JsonCases
{
    private static readonly (string Name, string Json)[] WrongTypes =
    [
        ("int", "1"), ("negative", "-1"), ("fraction", "1.5"), ("huge-number", "1e400"), ("minus-zero", "-0"),
        ("true", "true"), ("false", "false"), ("null", "null"), ("empty-array", "[]"), ("number-array", "[1]"),
        ("null-array", "[null]"), ("nested-array", "[[\"alcohol\"]]"), ("empty-object", "{}"), ("object", "{\"value\":\"adult\"}"),
        ("empty-string", "\"\""), ("blank-string", "\"   \""), ("empty-string-array", "[\"\"]"),
        ("long-string", "\"" + new string('x', 5000) + "\""), ("many-strings", "[" + string.Join(",", Enumerable.Repeat("\"alcohol\"", 400)) + "]"),
        ("mixed-array", "[\"alcohol\",1,true]"), ("string-true", "\"true\""), ("string-number", "\"1\""), ("hex", "0x10"),
    ];

    public static void Add(CaseSet set)
    {
        foreach (var endpoint in HostileEndpoints.Api)
        {
            var kind = endpoint.Kind!.Value;
            foreach (var question in QuestionModel.For(kind).Questions)
            {
                foreach (var (name, json) in set.Some(WrongTypes, 12))
                {
                    var body = HostileEndpoints.Valid(kind, set.Marker());
                    set.Add("json-types", $"{endpoint.Path}/{question.Id}={name}", endpoint.Function, CaseSet.Json(endpoint.Path, CaseSet.WithRaw(body, question.Id, json)));
                }

                AddDuplicates(set, endpoint, question);
            }

            AddStructure(set, endpoint);
        }
    }

    /// <summary>A property twice (same value, another value, null, another case): never one of them silently.</summary>
    private static void AddDuplicates(CaseSet set, Endpoint endpoint, Question question)
    {
        var body = HostileEndpoints.Valid(endpoint.Kind!.Value, set.Marker());
        var value = body[question.Id]?.ToJsonString() ?? "\"x\"";
        var first = body.ContainsKey(question.Id) ? string.Empty : $",\"{question.Id}\":{value}";
        var other = question.Type == FieldType.YesNo ? "true" : "\"other\"";
        var text = body.ToJsonString()[..^1] + first;
        foreach (var (name, extra) in new[] { ("same", value), ("other", other), ("null", "null") })
        {
            set.Add("json-duplicates", $"{endpoint.Path}/{question.Id}-twice-{name}", endpoint.Function,
                CaseSet.Json(endpoint.Path, text + $",\"{question.Id}\":{extra}}}"), Expect.Refused, 400);
        }

        var upper = char.ToUpperInvariant(question.Id[0]) + question.Id[1..];
        set.Add("json-duplicates", $"{endpoint.Path}/{question.Id}-and-{upper}", endpoint.Function,
            CaseSet.Json(endpoint.Path, text + $",\"{upper}\":{value}}}"), Expect.Refused, 400);
    }

    private static void AddStructure(CaseSet set, Endpoint endpoint)
    {
        var valid = HostileEndpoints.Valid(endpoint.Kind!.Value, set.Marker()).ToJsonString();
        var cases = new List<(string Name, string Json, Expect Expect)>
        {
            ("empty-body", "", Expect.Refused), ("whitespace", " \r\n\t ", Expect.Refused), ("array", "[" + valid + "]", Expect.Refused),
            ("string", "\"{}\"", Expect.Refused), ("number", "42", Expect.Refused), ("null", "null", Expect.Refused), ("true", "true", Expect.Refused),
            ("truncated", valid[..(valid.Length / 2)], Expect.Refused), ("trailing-comma", valid[..^1] + ",}", Expect.Refused),
            ("comment", "/* x */" + valid, Expect.Refused), ("single-quotes", valid.Replace('"', '\''), Expect.Refused),
            ("unquoted-names", "{about:\"adult\"}", Expect.Refused), ("nan", valid[..^1] + ",\"x\":NaN}", Expect.Refused),
            ("trailing-garbage", valid + "x", Expect.Refused), ("two-objects", valid + valid, Expect.Refused),
            ("bom", "\ufeff" + valid, Expect.Any), ("nul-outside-strings", valid[..^1] + "\u0000}", Expect.Refused),
            ("many-unknown-properties", "{" + string.Join(",", Enumerable.Range(0, 4000).Select(i => $"\"p{i}\":{i}")) + "}", Expect.Refused),
            ("long-property-name", valid[..^1] + ",\"" + new string('n', 60_000) + "\":1}", Expect.Refused),
            ("long-number", valid[..^1] + ",\"x\":" + new string('9', 60_000) + "}", Expect.Refused),
            ("value-nested-5", valid[..^1] + ",\"about\":[[[[[\"adult\"]]]]]}", Expect.Refused),
            ("object-in-a-field", valid[..^1] + ",\"name\":{\"a\":{\"b\":1}}}", Expect.Refused),
        };
        foreach (var depth in new[] { 5, 64, 65, 1000, 30_000 })
        {
            cases.Add(($"arrays-nested-{depth}", new string('[', depth) + new string(']', depth), Expect.Refused));
            cases.Add(($"objects-nested-{depth}", string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth), Expect.Refused));
            cases.Add(($"unclosed-{depth}", new string('[', depth), Expect.Refused));
        }

        foreach (var (name, json, expect) in cases)
        {
            set.Add("json-structure", $"{endpoint.Path}/{name}", endpoint.Function, CaseSet.Json(endpoint.Path, json), expect);
        }

        // The same shapes where a form page expects a form (a script that posts JSON to a page).
        var page = HostileEndpoints.FormPages.First(p => p.Kind == endpoint.Kind);
        foreach (var (name, json, _) in cases.Where((_, i) => i % 4 == 0))
        {
            set.Add("json-structure", $"{page.Path}/{name}", page.Function, CaseSet.Json(page.Path, json));
        }
    }
}
