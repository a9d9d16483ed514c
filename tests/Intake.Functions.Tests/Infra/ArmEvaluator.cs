using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Intake.Functions.Tests.Infra;

/// <summary>A value known only when deployed (a resource's runtime property, a name made by uniqueString, a list*()
/// result): kept as the text of how it is made. <see cref="Secret"/> marks one that came out of a list*() function
/// (keys, channel secrets), however it was carried on.</summary>
public sealed record ArmUnknown(string Text, bool Secret = false)
{
    public override string ToString() => "<" + Text + ">";
}

/// <summary>A lambda of an ARM expression (map, toObject, filter…): its parameter names and body.</summary>
public sealed record ArmLambda(IReadOnlyList<string> Names, ArmExpression Body, ArmScope Scope);

/// <summary>The parsed form of an ARM template expression (the text between <c>[</c> and <c>]</c>).</summary>
public abstract record ArmExpression
{
    public sealed record Literal(object? Value) : ArmExpression;

    public sealed record FunctionCall(string Name, IReadOnlyList<ArmExpression> Arguments) : ArmExpression;

    public sealed record Member(ArmExpression Target, string Name) : ArmExpression;

    public sealed record Index(ArmExpression Target, ArmExpression Key) : ArmExpression;

    public static ArmExpression Parse(string text)
    {
        var parser = new Parser(text);
        var expression = parser.Expression();
        parser.End();
        return expression;
    }

    private sealed class Parser(string text)
    {
        private int _at;

        public ArmExpression Expression()
        {
            var expression = Primary();
            while (true)
            {
                Skip();
                if (Peek('.'))
                {
                    _at++;
                    expression = new Member(expression, Identifier());
                }
                else if (Peek('['))
                {
                    _at++;
                    var key = Expression();
                    Expect(']');
                    expression = new Index(expression, key);
                }
                else
                {
                    return expression;
                }
            }
        }

        public void End()
        {
            Skip();
            if (_at != text.Length)
            {
                throw new FormatException($"Unexpected '{text[_at..]}' in ARM expression: {text}");
            }
        }

        private ArmExpression Primary()
        {
            Skip();
            if (Peek('\''))
            {
                return new Literal(StringLiteral());
            }

            if (_at < text.Length && (char.IsAsciiDigit(text[_at]) || text[_at] == '-'))
            {
                var start = _at++;
                while (_at < text.Length && char.IsAsciiDigit(text[_at]))
                {
                    _at++;
                }

                return new Literal(long.Parse(text[start.._at], CultureInfo.InvariantCulture));
            }

            var name = Identifier();
            Expect('(');
            var arguments = new List<ArmExpression>();
            Skip();
            if (!Peek(')'))
            {
                do
                {
                    arguments.Add(Expression());
                    Skip();
                }
                while (TryTake(','));
            }

            Expect(')');
            return new FunctionCall(name, arguments);
        }

        private string StringLiteral()
        {
            var value = new StringBuilder();
            _at++;
            while (true)
            {
                if (_at >= text.Length)
                {
                    throw new FormatException("Unterminated string in ARM expression: " + text);
                }

                if (text[_at] == '\'')
                {
                    if (_at + 1 < text.Length && text[_at + 1] == '\'')
                    {
                        value.Append('\'');
                        _at += 2;
                        continue;
                    }

                    _at++;
                    return value.ToString();
                }

                value.Append(text[_at++]);
            }
        }

        private string Identifier()
        {
            Skip();
            var start = _at;
            while (_at < text.Length && (char.IsAsciiLetterOrDigit(text[_at]) || text[_at] is '_' or '$' or '#'))
            {
                _at++;
            }

            return _at > start ? text[start.._at] : throw new FormatException($"Expected a name at {_at} in ARM expression: {text}");
        }

        private bool Peek(char c) => _at < text.Length && text[_at] == c;

        private bool TryTake(char c)
        {
            Skip();
            if (!Peek(c))
            {
                return false;
            }

            _at++;
            return true;
        }

        private void Expect(char c)
        {
            if (!TryTake(c))
            {
                throw new FormatException($"Expected '{c}' at {_at} in ARM expression: {text}");
            }
        }

        private void Skip()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at]))
            {
                _at++;
            }
        }
    }
}

/// <summary>
/// One template's evaluation context: its parameters (given or default), its variables, the values of lambda variables
/// and copy indexes in force, and its module deployments (for <c>reference('module').outputs</c>). Enough of the ARM
/// expression language to read what these templates compile to; what only a deployment knows becomes an
/// <see cref="ArmUnknown"/> that says where it comes from.
/// </summary>
public sealed class ArmScope
{
    private readonly JsonObject _template;
    private readonly Dictionary<string, object?> _parameters;
    private readonly Dictionary<string, object?> _variables = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, object?> _lambdaVariables;
    private readonly Dictionary<string, long> _copyIndexes;

    public ArmScope(JsonObject template, IReadOnlyDictionary<string, object?> givenParameters, string path)
        : this(template, new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase), new(StringComparer.Ordinal), new(StringComparer.OrdinalIgnoreCase), path)
    {
        foreach (var (name, definition) in template["parameters"]?.AsObject() ?? [])
        {
            _parameters[name] = givenParameters.TryGetValue(name, out var given)
                ? given
                : definition?["defaultValue"] is { } defaultValue ? Evaluate(defaultValue) : new ArmUnknown($"parameter {name} (no value)");
        }
    }

    private ArmScope(JsonObject template, Dictionary<string, object?> parameters, Dictionary<string, object?> lambdaVariables, Dictionary<string, long> copyIndexes, string path)
    {
        _template = template;
        _parameters = parameters;
        _lambdaVariables = lambdaVariables;
        _copyIndexes = copyIndexes;
        Path = path;
    }

    /// <summary>Where this template sits: "main", "main/storage"…</summary>
    public string Path { get; }

    public JsonObject Template => _template;

    public object? Parameter(string name) =>
        _parameters.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"{Path}: no parameter {name}");

    /// <summary>The same template with a lambda variable or a copy index bound.</summary>
    public ArmScope With(IEnumerable<KeyValuePair<string, object?>>? lambdaVariables = null, string? copyName = null, long copyIndex = 0)
    {
        var lambdas = new Dictionary<string, object?>(_lambdaVariables, StringComparer.Ordinal);
        foreach (var (name, value) in lambdaVariables ?? [])
        {
            lambdas[name] = value;
        }

        var indexes = new Dictionary<string, long>(_copyIndexes, StringComparer.OrdinalIgnoreCase);
        if (copyName is not null)
        {
            indexes[copyName] = copyIndex;
            indexes[string.Empty] = copyIndex;
        }

        var scope = new ArmScope(_template, _parameters, lambdas, indexes, Path);
        foreach (var (name, value) in _variables)
        {
            scope._variables[name] = value;
        }

        return scope;
    }

    /// <summary>A template value: strings in brackets are expressions, everything else is taken as it is.</summary>
    public object? Evaluate(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(p => p.Key.StartsWith('[') ? Text(EvaluateString(p.Key)) : p.Key, p => Evaluate(p.Value), StringComparer.OrdinalIgnoreCase),
        JsonArray a => a.Select(Evaluate).ToList(),
        JsonValue v when v.TryGetValue<string>(out var s) => EvaluateString(s),
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v => v.ToString(),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    public object? EvaluateString(string s)
    {
        if (s.StartsWith("[[", StringComparison.Ordinal))
        {
            return s[1..];
        }

        return s.StartsWith('[') && s.EndsWith(']') ? Evaluate(ArmExpression.Parse(s[1..^1])) : s;
    }

    /// <summary>The evaluated outputs of a module deployment of this template, by symbolic name or deployment name.</summary>
    public Dictionary<string, object?>? ModuleOutputs(string symbol)
    {
        var raw = ArmTemplates.Deployment(this, symbol);
        if (raw is null)
        {
            return null;
        }

        var child = ArmTemplates.Child(this, raw, symbol);
        return (child.Template["outputs"]?.AsObject() ?? [])
            .ToDictionary(
                o => o.Key,
                o => (object?)new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { ["value"] = child.Evaluate(o.Value?["value"]) },
                StringComparer.OrdinalIgnoreCase);
    }

    private object? Variable(string name)
    {
        if (_variables.TryGetValue(name, out var known))
        {
            return known;
        }

        var variables = _template["variables"]?.AsObject() ?? [];
        object? value;
        if (variables[name] is { } definition)
        {
            value = Evaluate(definition);
        }
        else if (variables["copy"]?.AsArray().FirstOrDefault(c => string.Equals((string?)c?["name"], name, StringComparison.OrdinalIgnoreCase)) is { } loop)
        {
            var count = Convert.ToInt64(Evaluate(loop["count"]), CultureInfo.InvariantCulture);
            value = Enumerable.Range(0, (int)count).Select(i => With(copyName: name, copyIndex: i).Evaluate(loop["input"])).ToList();
        }
        else
        {
            throw new KeyNotFoundException($"{Path}: no variable {name}");
        }

        _variables[name] = value;
        return value;
    }

    private object? Evaluate(ArmExpression expression) => expression switch
    {
        ArmExpression.Literal l => l.Value,
        ArmExpression.Member m => Member(Evaluate(m.Target), m.Name),
        ArmExpression.Index i => Index(Evaluate(i.Target), Evaluate(i.Key)),
        ArmExpression.FunctionCall c => Call(c),
        _ => throw new NotSupportedException(expression.GetType().Name),
    };

    private static object? Member(object? target, string name) => target switch
    {
        ArmUnknown u => new ArmUnknown(u.Text + "." + name, u.Secret),
        IDictionary<string, object?> d => d.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"No property {name} in {Text(target)}"),
        _ => throw new InvalidOperationException($"Property {name} of {Text(target)}"),
    };

    private static object? Index(object? target, object? key) => (target, key) switch
    {
        (ArmUnknown u, _) => new ArmUnknown($"{u.Text}[{Text(key)}]", u.Secret || key is ArmUnknown { Secret: true }),
        (_, ArmUnknown k) => new ArmUnknown($"{Text(target)}[{k.Text}]", k.Secret),
        (IList<object?> list, long i) => list[(int)i],
        (IDictionary<string, object?> d, string k) => d.TryGetValue(k, out var value) ? value : throw new KeyNotFoundException($"No key {k}"),
        _ => throw new InvalidOperationException($"Index {Text(key)} of {Text(target)}"),
    };

    private object? Call(ArmExpression.FunctionCall call)
    {
        var name = call.Name.ToLowerInvariant();
        switch (name)
        {
            case "if":
                return Evaluate(call.Arguments[0]) switch
                {
                    true => Evaluate(call.Arguments[1]),
                    false => Evaluate(call.Arguments[2]),
                    var condition => Unknown($"if({Text(condition)}, {Text(Evaluate(call.Arguments[1]))}, {Text(Evaluate(call.Arguments[2]))})", condition, Evaluate(call.Arguments[1]), Evaluate(call.Arguments[2])),
                };
            case "lambda":
                return new ArmLambda(
                    [.. call.Arguments.SkipLast(1).Select(a => (string)Evaluate(a)!)],
                    call.Arguments[^1],
                    this);
        }

        var args = call.Arguments.Select(Evaluate).ToList();
        return name switch
        {
            "parameters" => Parameter((string)args[0]!),
            "variables" => Variable((string)args[0]!),
            "lambdavariables" => _lambdaVariables[(string)args[0]!],
            "copyindex" => _copyIndexes[args.Count > 0 && args[0] is string loop ? loop : string.Empty] + (args.Count > 0 && args[^1] is long offset ? offset : 0),
            "createobject" => Pairs(args),
            "createarray" => args,
            "true" => true,
            "false" => false,
            "null" => null,
            "string" => args[0] is ArmUnknown ? args[0] : Text(args[0]),
            "int" => args[0] is ArmUnknown ? args[0] : Convert.ToInt64(args[0], CultureInfo.InvariantCulture),
            "bool" => args[0] is ArmUnknown ? args[0] : Convert.ToBoolean(args[0], CultureInfo.InvariantCulture),
            "format" => Format(args),
            "concat" => Concat(args),
            "union" => Union(args),
            "empty" => KnownOr(call.Name, args, () => args[0] switch { null => true, string s => s.Length == 0, IList<object?> l => l.Count == 0, IDictionary<string, object?> d => d.Count == 0, _ => false }),
            "equals" => KnownOr(call.Name, args, () => Equals(Text(args[0]), Text(args[1]))),
            "not" => KnownOr(call.Name, args, () => !(bool)args[0]!),
            "and" => KnownOr(call.Name, args, () => args.All(a => (bool)a!)),
            "or" => KnownOr(call.Name, args, () => args.Any(a => (bool)a!)),
            "length" => KnownOr(call.Name, args, () => (long)(args[0] switch { string s => s.Length, IList<object?> l => l.Count, IDictionary<string, object?> d => d.Count, _ => throw new InvalidOperationException("length of " + Text(args[0])) })),
            "greater" => KnownOr(call.Name, args, () => Compare(args) > 0),
            "greaterorequals" => KnownOr(call.Name, args, () => Compare(args) >= 0),
            "less" => KnownOr(call.Name, args, () => Compare(args) < 0),
            "lessorequals" => KnownOr(call.Name, args, () => Compare(args) <= 0),
            "range" => Enumerable.Range((int)(long)args[0]!, (int)(long)args[1]!).Select(i => (object?)(long)i).ToList(),
            "items" => ((IDictionary<string, object?>)args[0]!).OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
                .Select(p => (object?)new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { ["key"] = p.Key, ["value"] = p.Value }).ToList(),
            "map" => ((IList<object?>)args[0]!).Select(item => Apply(args[1], item)).ToList(),
            "filter" => ((IList<object?>)args[0]!).Where(item => Apply(args[1], item) is true).ToList(),
            "flatten" => ((IList<object?>)args[0]!).SelectMany(item => (IList<object?>)item!).ToList(),
            "toobject" => ((IList<object?>)args[0]!).ToDictionary(
                item => (string)Apply(args[1], item)!,
                item => args.Count > 2 ? Apply(args[2], item) : item,
                StringComparer.OrdinalIgnoreCase),
            "contains" => KnownOr(call.Name, args, () => args[0] switch
            {
                string s => s.Contains((string)args[1]!, StringComparison.OrdinalIgnoreCase),
                IList<object?> l => l.Any(x => Equals(Text(x), Text(args[1]))),
                IDictionary<string, object?> d => d.ContainsKey((string)args[1]!),
                _ => false,
            }),
            "trygetvalue" or "tryget" => args[0] is IDictionary<string, object?> d && d.TryGetValue((string)args[1]!, out var found) ? found : args[0] is ArmUnknown ? Member(args[0], (string)args[1]!) : null,
            "coalesce" => args.FirstOrDefault(a => a is not null),
            "take" => KnownOr(call.Name, args, () => args[0] switch
            {
                string s => s[..Math.Min(s.Length, (int)(long)args[1]!)],
                IList<object?> l => l.Take((int)(long)args[1]!).ToList(),
                _ => throw new InvalidOperationException("take of " + Text(args[0])),
            }),
            "tolower" => KnownOr(call.Name, args, () => ((string)args[0]!).ToLowerInvariant()),
            "toupper" => KnownOr(call.Name, args, () => ((string)args[0]!).ToUpperInvariant()),
            "replace" => KnownOr(call.Name, args, () => ((string)args[0]!).Replace((string)args[1]!, (string)args[2]!, StringComparison.Ordinal)),
            "resourceid" => ResourceId("/resourceGroups/{rg}", args),
            "subscriptionresourceid" => ResourceId("/subscriptions/{subscription}", args),
            "extensionresourceid" => (object?)Unknown(Text(args[0]) + "/providers/" + string.Join("/", args.Skip(1).Select(Text)), [.. args]) ?? Text(args[0]) + "/providers/" + string.Join("/", args.Skip(1).Select(Text)),
            "reference" => args[0] is string symbol && ModuleOutputs(symbol) is { } outputs
                ? new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { ["outputs"] = outputs }
                : new ArmUnknown("reference(" + Describe(args[0]) + ")", args.Any(a => a is ArmUnknown { Secret: true })),
            "tenant" => Object(("tenantId", new ArmUnknown("tenant().tenantId"))),
            "subscription" => Object(("id", new ArmUnknown("subscription().id")), ("subscriptionId", new ArmUnknown("subscription().subscriptionId"))),
            "resourcegroup" => Object(("id", new ArmUnknown("resourceGroup().id")), ("name", new ArmUnknown("resourceGroup().name")), ("location", new ArmUnknown("resourceGroup().location"))),
            "environment" => Object(("name", "AzureCloud"), ("authentication", Object(("loginEndpoint", "https://login.microsoftonline.com/")))),
            "deployment" => Object(("name", new ArmUnknown("deployment().name"))),
            "uniquestring" or "guid" => new ArmUnknown($"{call.Name}({string.Join(", ", args.Select(Text))})", args.Any(a => a is ArmUnknown { Secret: true })),
            _ when name.StartsWith("list", StringComparison.Ordinal) => new ArmUnknown($"{call.Name}({string.Join(", ", args.Select(Text))})", Secret: true),
            _ => throw new NotSupportedException($"{Path}: ARM function {call.Name} is not known to this evaluator."),
        };
    }

    /// <summary>A symbolic resource name of this template (languageVersion 2.0) as its type and name; anything else as text.</summary>
    private string Describe(object? resource) =>
        resource is string symbol && _template["resources"] is JsonObject symbolic && symbolic[symbol] is JsonObject raw
            ? (string)raw["type"]! + "/" + Text(Evaluate(raw["name"]))
            : Text(resource);

    private static int Compare(List<object?> args) => args[0] is long a && args[1] is long b
        ? a.CompareTo(b)
        : string.CompareOrdinal(Text(args[0]), Text(args[1]));

    private static Dictionary<string, object?> Object(params (string Name, object? Value)[] properties) =>
        properties.ToDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, object?> Pairs(List<object?> args)
    {
        var result = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i += 2)
        {
            result[args[i] as string ?? throw new InvalidOperationException("A property name known only at deployment: " + Text(args[i]))] = args[i + 1];
        }

        return result;
    }

    private static object? Apply(object? lambda, object? item)
    {
        var l = (ArmLambda)lambda!;
        return l.Scope.With([new KeyValuePair<string, object?>(l.Names[0], item)]).Evaluate(l.Body);
    }

    private static object? Format(List<object?> args)
    {
        var format = (string)args[0]!;
        var text = System.Text.RegularExpressions.Regex.Replace(format, @"\{(\d+)\}", m => Text(args[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1]));
        return (object?)Unknown(text, [.. args.Skip(1)]) ?? text;
    }

    private static object? Concat(List<object?> args)
    {
        if (args.All(a => a is IList<object?>))
        {
            return args.SelectMany(a => (IList<object?>)a!).ToList();
        }

        var text = string.Concat(args.Select(Text));
        return (object?)Unknown(text, [.. args]) ?? text;
    }

    private static object? Union(List<object?> args)
    {
        if (args.All(a => a is IDictionary<string, object?>))
        {
            var result = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            foreach (var d in args.Cast<IDictionary<string, object?>>())
            {
                foreach (var (key, value) in d)
                {
                    result[key] = value;
                }
            }

            return result;
        }

        if (args.All(a => a is IList<object?>))
        {
            var seen = new List<object?>();
            foreach (var item in args.SelectMany(a => (IList<object?>)a!))
            {
                if (!seen.Any(s => Equals(Text(s), Text(item))))
                {
                    seen.Add(item);
                }
            }

            return seen;
        }

        return Unknown("union(" + string.Join(", ", args.Select(Text)) + ")", [.. args]);
    }

    private static object? ResourceId(string prefix, List<object?> args)
    {
        var type = (string)args[0]!;
        var names = args.Skip(1).Select(Text).ToList();
        var segments = type.Split('/');
        var path = new StringBuilder(prefix).Append("/providers/").Append(segments[0]);
        for (var i = 1; i < segments.Length; i++)
        {
            path.Append('/').Append(segments[i]).Append('/').Append(i - 1 < names.Count ? names[i - 1] : "?");
        }

        return (object?)Unknown(path.ToString(), [.. args]) ?? path.ToString();
    }

    private static object? KnownOr(string function, List<object?> args, Func<object?> known) =>
        args.Any(a => a is ArmUnknown) ? Unknown(function + "(" + string.Join(", ", args.Select(Text)) + ")", [.. args]) : known();

    /// <summary>An unknown made of <paramref name="parts"/> when any of them is unknown (null when all are known).</summary>
    private static ArmUnknown? Unknown(string text, params object?[] parts) =>
        parts.Any(p => p is ArmUnknown) ? new ArmUnknown(text, parts.Any(p => p is ArmUnknown { Secret: true })) : null;

    /// <summary>A value as text: strings as they are, unknowns as <c>&lt;how they are made&gt;</c>.</summary>
    public static string Text(object? value) => value switch
    {
        null => "null",
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        ArmUnknown u => u.ToString(),
        IDictionary<string, object?> d => "{" + string.Join(", ", d.Select(p => p.Key + ": " + Text(p.Value))) + "}",
        IList<object?> l => "[" + string.Join(", ", l.Select(Text)) + "]",
        _ => value.ToString() ?? string.Empty,
    };
}

/// <summary>One resource of a compiled template (modules' resources included), every property evaluated.</summary>
public sealed record ArmResource(string Path, string? Symbol, string Type, object? Name, object? Scope, IDictionary<string, object?> Body)
{
    public IDictionary<string, object?> Properties => Body.TryGetValue("properties", out var p) && p is IDictionary<string, object?> d ? d : new Dictionary<string, object?>();

    public object? this[string dottedPath]
    {
        get
        {
            object? value = Properties;
            foreach (var part in dottedPath.Split('.'))
            {
                value = value is IDictionary<string, object?> d && d.TryGetValue(part, out var next) ? next : null;
            }

            return value;
        }
    }

    public override string ToString() => $"{Type} {ArmScope.Text(Name)} ({Path})";
}

public static class ArmTemplates
{
    /// <summary>Every resource of the template in <paramref name="scope"/>, and of its modules, recursively; loops expanded,
    /// existing resources and false conditions left out.</summary>
    public static IEnumerable<ArmResource> Resources(ArmScope scope, bool includeModules = true)
    {
        var resources = scope.Template["resources"];
        IEnumerable<(string? Symbol, JsonObject Resource)> all = resources switch
        {
            JsonObject symbolic => symbolic.Select(p => ((string?)p.Key, p.Value!.AsObject())),
            JsonArray list => list.Select(r => ((string?)null, r!.AsObject())),
            _ => [],
        };
        foreach (var (symbol, raw) in all)
        {
            if (raw["existing"]?.GetValue<bool>() == true)
            {
                continue;
            }

            var count = raw["copy"] is JsonObject copy ? Convert.ToInt64(scope.Evaluate(copy["count"]), CultureInfo.InvariantCulture) : -1;
            foreach (var index in count < 0 ? [-1L] : Enumerable.Range(0, (int)count).Select(i => (long)i))
            {
                var itemScope = index < 0 ? scope : scope.With(copyName: (string?)raw["copy"]!["name"], copyIndex: index);
                if (raw["condition"] is { } condition && itemScope.Evaluate(condition) is false)
                {
                    continue;
                }

                var type = (string)raw["type"]!;
                var body = raw.Where(p => p.Key is not ("copy" or "dependsOn" or "condition") && !(type == "Microsoft.Resources/deployments" && p.Key == "properties"))
                    .ToDictionary(p => p.Key, p => itemScope.Evaluate(p.Value), StringComparer.OrdinalIgnoreCase);
                var resource = new ArmResource(scope.Path, symbol, type, body.GetValueOrDefault("name"), body.GetValueOrDefault("scope"), body);
                yield return resource;
                if (includeModules && type == "Microsoft.Resources/deployments")
                {
                    foreach (var inner in Resources(Child(itemScope, raw, symbol ?? ArmScope.Text(resource.Name))))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }

    /// <summary>A module deployment of the template in <paramref name="scope"/>, by symbolic name or deployment name,
    /// found without evaluating any other resource.</summary>
    public static JsonObject? Deployment(ArmScope scope, string symbolOrName) => scope.Template["resources"] switch
    {
        JsonObject symbolic => symbolic[symbolOrName] is JsonObject r && (string?)r["type"] == "Microsoft.Resources/deployments" ? r : null,
        JsonArray list => list.Select(r => r!.AsObject())
            .FirstOrDefault(r => (string?)r["type"] == "Microsoft.Resources/deployments" && Equals(scope.Evaluate(r["name"]), symbolOrName)),
        _ => null,
    };

    /// <summary>The scope of a module's template, its parameters evaluated in the parent's scope.</summary>
    public static ArmScope Child(ArmScope parent, JsonObject deployment, string name)
    {
        var properties = deployment["properties"]!.AsObject();
        var given = (properties["parameters"]?.AsObject() ?? [])
            .ToDictionary(
                p => p.Key,
                p => p.Value is JsonObject o
                    ? parent.Evaluate(o["value"])
                    : ((IDictionary<string, object?>)parent.Evaluate(p.Value)!)["value"],   // [if(…, createObject('value', …), …)]
                StringComparer.OrdinalIgnoreCase);
        return new ArmScope(properties["template"]!.AsObject(), given, parent.Path + "/" + name);
    }
}
