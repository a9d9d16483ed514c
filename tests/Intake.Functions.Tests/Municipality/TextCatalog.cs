using System.Collections;
using System.Reflection;
using Intake.Core.Localization;

namespace Intake.Functions.Tests.Municipality;

/// <summary>
/// Every text the app keeps, found by reflection in Intake.Core, Intake.Bot and Intake.Functions, so that a text added
/// later is checked without being listed: each static field and property (followed into dictionaries, lists, records and
/// the question model), each static method whose parameters are all enums or bools, called with every value (the
/// self-tests' results at every level, the FAQ's answers, a page's paragraphs per kind), and each constant string that
/// names a fact. Not found: a text written inline in a method that takes other parameters (the e-mail templates,
/// the safety gate's replies) — those are checked where they are rendered.
/// </summary>
internal static class TextCatalog
{
    private const int MaxDepth = 6;

    private static readonly Assembly[] Assemblies =
    [
        typeof(LocalizedText).Assembly,
        typeof(global::Intake.Bot.Dialogs.BotTexts).Assembly,
        typeof(global::Intake.Functions.Pages.PageTexts).Assembly,
    ];

    private const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<(string Where, LocalizedText Text)> Every()
    {
        var found = new List<(string, LocalizedText)>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var type in Assemblies.SelectMany(a => a.GetTypes()).Where(t => !t.ContainsGenericParameters))
        {
            foreach (var field in type.GetFields(Static))
            {
                if (field.IsLiteral)
                {
                    if (field.GetRawConstantValue() is string constant && MunicipalFacts.NamesIn(constant).Any())
                    {
                        found.Add(($"{type.FullName}.{field.Name}", new LocalizedText(constant, constant)));
                    }
                }
                else if (Followed(field.FieldType))
                {
                    Walk(field.GetValue(null), $"{type.FullName}.{field.Name}", 0, found, seen);
                }
            }

            foreach (var property in type.GetProperties(Static).Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0 && Followed(p.PropertyType)))
            {
                Walk(property.GetValue(null), $"{type.FullName}.{property.Name}", 0, found, seen);
            }

            foreach (var method in type.GetMethods(Static).Where(IsTextPerValue))
            {
                foreach (var arguments in Combinations(method.GetParameters()))
                {
                    object? texts;
                    try
                    {
                        texts = method.Invoke(null, arguments);
                    }
                    catch (TargetInvocationException ex) when (ex.InnerException is ArgumentException)
                    {
                        continue;  // A value the method does not take (no crisis reply without a risk).
                    }

                    Walk(texts, $"{type.FullName}.{method.Name}({string.Join(", ", arguments)})", 0, found, seen);
                }
            }
        }

        return found;
    }

    /// <summary>A method that gives texts (or something holding them) for values of enums or bools: called with each.</summary>
    private static bool IsTextPerValue(MethodInfo method) =>
        !method.ContainsGenericParameters && !method.IsSpecialName && method.GetParameters() is { Length: > 0 and <= 3 } parameters
        && parameters.All(p => Values(p.ParameterType) is not null) && Followed(method.ReturnType);

    private static bool Followed(Type type) =>
        type == typeof(LocalizedText)
        || (type.Namespace?.StartsWith("Intake", StringComparison.Ordinal) == true && !type.IsEnum && !typeof(Delegate).IsAssignableFrom(type))
        || (typeof(IEnumerable).IsAssignableFrom(type) && type != typeof(string) && (type.IsArray ? type.GetElementType()! : type.GenericTypeArguments.LastOrDefault()) is { } item
            && (Followed(item) || (item.IsGenericType && item.GenericTypeArguments.Any(Followed))));

    private static object?[]? Values(Type type) =>
        type.IsEnum ? [.. Enum.GetValues(type).Cast<object>()]
        : Nullable.GetUnderlyingType(type) is { IsEnum: true } e ? [null, .. Enum.GetValues(e).Cast<object>()]
        : type == typeof(bool) ? [false, true]
        : null;

    private static IEnumerable<object?[]> Combinations(ParameterInfo[] parameters) =>
        parameters.Aggregate(
            new[] { Array.Empty<object?>() }.AsEnumerable(),
            (sets, p) => sets.SelectMany(set => Values(p.ParameterType)!.Select(v => (object?[])[.. set, v])));

    private static void Walk(object? value, string where, int depth, List<(string, LocalizedText)> found, HashSet<object> seen)
    {
        if (value is null || depth > MaxDepth || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        if (value is LocalizedText text)
        {
            found.Add((where, text));
            return;
        }

        var type = value.GetType();
        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                Walk(entry.Value, $"{where}[{entry.Key}]", depth + 1, found, seen);
            }
        }
        else if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, $"{where}[{i++}]", depth + 1, found, seen);
            }
        }
        else if (type.IsGenericType && type.Namespace == "System")
        {
            // A tuple or a key-value pair: its parts.
            foreach (var part in type.GetFields(BindingFlags.Instance | BindingFlags.Public).Select(f => f.GetValue(value))
                .Concat(type.GetProperties(BindingFlags.Instance | BindingFlags.Public).Where(p => p.GetIndexParameters().Length == 0).Select(p => p.GetValue(value))))
            {
                Walk(part, where, depth + 1, found, seen);
            }
        }
        else if (type.Namespace?.StartsWith("Intake", StringComparison.Ordinal) == true)
        {
            foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public).Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null))
            {
                object? part;
                try
                {
                    part = property.GetValue(value);
                }
                catch (TargetInvocationException)
                {
                    continue;  // A computed property that does not apply to this value.
                }

                Walk(part, $"{where}.{property.Name}", depth + 1, found, seen);
            }
        }
    }
}
