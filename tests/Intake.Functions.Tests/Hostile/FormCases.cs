using Intake.Core.Submissions;

namespace Intake.Functions.Tests.Hostile;

/// <summary>Plain form posts (the pages' own, and to the API): hostile values and names, broken encodings, the hidden
/// idempotency-key field, and posts from another site.</summary>
internal static class FormCases
{
    private const string Category = "form";
    private const string KeyField = "idempotency-key";

    private static readonly string[] Values =
    [
        "%", "%Z", "%ZZ", "%00", "%2", "+", "%2B", "%u0041", "%C3%A5", "%EF%BF%BE", "%ED%A0%80", "%C0%AF", "%FF", "%0D%0ABcc:%20x@example.org",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%22%3E%3Csvg%20onload%3Dalert(1)%3E", "javascript:alert(1)", "true&", "=", "==",
        "a%26b%3Dc", "%E2%80%AE", "%F0%9F%98%80", new string('x', 5_000), string.Concat(Enumerable.Repeat("%C3%A5", 3_000)),
    ];

    private static readonly string[] Structures =
    [
        "", "&", "&&&", "=", "==", "=x", "a", "a=b=c", "%3D=%26", "areas[]=alcohol", "areas%5B%5D=alcohol", "a;b=c", "+=+", "%=%",
        "a=1&a=2&a=3", string.Join("&", Enumerable.Range(0, 3_000).Select(i => $"f{i}=x")),
    ];

    public static void Add(CaseSet set)
    {
        foreach (var endpoint in HostileEndpoints.Submitting)
        {
            var kind = endpoint.Kind!.Value;
            foreach (var question in QuestionModel.For(kind).Questions)
            {
                foreach (var value in set.Some(Values, endpoint.IsApi ? 2 : 4))
                {
                    var form = HostileEndpoints.Form(HostileEndpoints.Valid(kind, set.Marker()).Without(question.Id)) + $"&{question.Id}={value}";
                    set.Add(Category, $"{endpoint.Path}/{question.Id}={CaseSet.Short(value)}", endpoint.Function, CaseSet.Form(endpoint.Path, form));
                }

                var valid = HostileEndpoints.Valid(kind, set.Marker());
                if (valid.ContainsKey(question.Id))
                {
                    set.Add(Category, $"{endpoint.Path}/{question.Id}-twice", endpoint.Function, CaseSet.Form(endpoint.Path, HostileEndpoints.Form(valid) + $"&{question.Id}=x"), Expect.Refused, 400);
                }
            }

            foreach (var structure in Structures)
            {
                set.Add(Category, $"{endpoint.Path}/'{CaseSet.Short(structure)}'", endpoint.Function, CaseSet.Form(endpoint.Path, structure), Expect.Refused);
                var valid = HostileEndpoints.Form(HostileEndpoints.Valid(kind, set.Marker()));
                set.Add(Category, $"{endpoint.Path}/valid+'{CaseSet.Short(structure)}'", endpoint.Function, CaseSet.Form(endpoint.Path, valid + "&" + structure));
            }

            AddKeys(set, endpoint);
            if (endpoint.IsFormPage)
            {
                AddCrossSite(set, endpoint);
            }
        }
    }

    /// <summary>The hidden idempotency-key field of a page: a valid key makes a repeat the same submission; anything
    /// else is ignored (a new submission), never an error. The API takes its key as a header only: there the field is
    /// one that is not part of the form (400).</summary>
    private static void AddKeys(CaseSet set, Endpoint endpoint)
    {
        var kind = endpoint.Kind!.Value;
        var key = set.Key();
        var same = HostileEndpoints.Form(HostileEndpoints.Valid(kind, set.Marker())) + $"&{KeyField}={key}";
        var (valid, status) = endpoint.IsApi ? (Expect.Refused, 400) : (Expect.Accepted, 200);
        set.Add(Category, $"{endpoint.Path}/key-field-valid", endpoint.Function, CaseSet.Form(endpoint.Path, same), valid, status);
        set.Add(new HostileCase(Category, $"{endpoint.Path}/key-field-valid-again", endpoint.Function, CaseSet.Form(endpoint.Path, same))
        {
            Expect = valid, Status = status, RepeatOf = endpoint.IsApi ? null : $"{endpoint.Path}/key-field-valid",
        });
        var other = CaseSet.Form(endpoint.Path, HostileEndpoints.Form(HostileEndpoints.Valid(kind, set.Marker())) + $"&{KeyField}={key}");
        set.Add(Category, $"{endpoint.Path}/key-field-valid-other-answers", endpoint.Function, other, valid, status);

        // Whichever of the two answers comes first under the key, the repeat of each gets its reference.
        set.Add(new HostileCase(Category, $"{endpoint.Path}/key-field-valid-other-answers-again", endpoint.Function, other)
        {
            Expect = valid, Status = status, RepeatOf = endpoint.IsApi ? null : $"{endpoint.Path}/key-field-valid-other-answers",
        });
        foreach (var (name, value) in new[]
        {
            ("empty", ""), ("short", set.Key(15)), ("long", set.Key(129)), ("slash", "../../" + set.Key()), ("space", set.Key(10) + "+" + set.Key(10)),
            ("unicode", "%C3%A5" + set.Key()), ("nul", set.Key() + "%00"), ("noncharacter", set.Key() + "%EF%BF%BE"), ("html", "%22%3E%3Cb%3E" + set.Key()),
            ("two-values", set.Key() + $"&{KeyField}=" + set.Key()), ("same-twice", key + $"&{KeyField}=" + key), ("upper-name", set.Key()),
        })
        {
            var field = name == "upper-name" ? KeyField.ToUpperInvariant() : KeyField;
            var form = HostileEndpoints.Form(HostileEndpoints.Valid(kind, set.Marker())) + $"&{field}={value}";
            set.Add(Category, $"{endpoint.Path}/key-field-{name}", endpoint.Function, CaseSet.Form(endpoint.Path, form), endpoint.IsApi ? Expect.Refused : Expect.Any);
        }
    }

    /// <summary>A post a browser says comes from another site is refused (403) and nothing of it is read or stored.</summary>
    private static void AddCrossSite(CaseSet set, Endpoint endpoint)
    {
        foreach (var header in new[]
        {
            "Sec-Fetch-Site: cross-site", "Sec-Fetch-Site: same-site", "Sec-Fetch-Site: junk", "Origin: https://evil.example",
            "Origin: null", "Origin: http://127.0.0.1:1", "Origin: not a url",
        })
        {
            set.Add(Category, $"{endpoint.Path}/{header}", endpoint.Function, set.Valid(endpoint).WithHeaders(header), Expect.Refused, 403);
        }

        set.Add(Category, $"{endpoint.Path}/Sec-Fetch-Site: same-origin", endpoint.Function, set.Valid(endpoint).WithHeaders("Sec-Fetch-Site: same-origin"), Expect.Accepted);
        set.Add(Category, $"{endpoint.Path}/Origin: own", endpoint.Function, set.Valid(endpoint).WithHeaders("Origin: http://127.0.0.1"), Expect.Accepted);
    }


    private static System.Text.Json.Nodes.JsonObject Without(this System.Text.Json.Nodes.JsonObject body, string field)
    {
        body.Remove(field);
        return body;
    }
}
