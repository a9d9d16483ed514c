using System.Net;
using System.Text.RegularExpressions;

namespace Intake.Functions.Tests.Pages;

/// <summary>One element of a parsed page. Attribute values and text are decoded as a browser would.</summary>
public sealed class HtmlElement(string name, Dictionary<string, string> attributes, HtmlElement? parent)
{
    public string Name { get; } = name;

    public IReadOnlyDictionary<string, string> Attributes => attributes;

    public HtmlElement? Parent { get; } = parent;

    public List<object> Children { get; } = [];

    public string? this[string attribute] => attributes.TryGetValue(attribute, out var v) ? v : null;

    public bool Has(string attribute) => attributes.ContainsKey(attribute);

    public string Text => string.Concat(Children.Select(c => c is HtmlElement e ? e.Text : (string)c));

    /// <summary>Every element below this one, in document order; the content of a template is left out unless asked
    /// for (a browser keeps it out of the document too).</summary>
    public IEnumerable<HtmlElement> Descendants(bool intoTemplates = false)
    {
        foreach (var child in Children.OfType<HtmlElement>())
        {
            yield return child;
            if (child.Name != "template" || intoTemplates)
            {
                foreach (var below in child.Descendants(intoTemplates))
                {
                    yield return below;
                }
            }
        }
    }

    public IEnumerable<HtmlElement> All(string name) => Descendants().Where(e => e.Name == name);

    public IEnumerable<HtmlElement> Ancestors()
    {
        for (var e = Parent; e is not null; e = e.Parent)
        {
            yield return e;
        }
    }

    public HtmlElement? ById(string id) => Descendants().SingleOrDefault(e => e["id"] == id);

    public bool HasClass(string name) => (this["class"] ?? string.Empty).Split(' ').Contains(name);
}

/// <summary>
/// A strict little HTML parser for the app's own pages: every element must be closed in order (void elements
/// excepted), attributes quoted, and nothing unparsed left over. Enough to prove the pages are well formed and to
/// query them as a browser test would.
/// </summary>
public static partial class HtmlDocument
{
    private static readonly HashSet<string> VoidElements = ["meta", "link", "input", "br", "img", "hr", "source", "wbr"];

    public static HtmlElement Parse(string html)
    {
        var root = new HtmlElement("#document", [], null);
        var current = root;
        var i = 0;
        if (!html.StartsWith("<!DOCTYPE html>", StringComparison.Ordinal))
        {
            throw new FormatException("The page does not start with <!DOCTYPE html>.");
        }

        i = "<!DOCTYPE html>".Length;
        while (i < html.Length)
        {
            if (html[i] != '<')
            {
                var next = html.IndexOf('<', i);
                var end = next < 0 ? html.Length : next;
                current.Children.Add(WebUtility.HtmlDecode(html[i..end]));
                i = end;
                continue;
            }

            if (html[i + 1] == '/')
            {
                var close = html.IndexOf('>', i);
                var name = html[(i + 2)..close];
                if (current.Name != name)
                {
                    throw new FormatException($"</{name}> at {i} closes <{current.Name}>.");
                }

                current = current.Parent!;
                i = close + 1;
                continue;
            }

            var match = StartTag().Match(html, i);
            if (!match.Success || match.Index != i)
            {
                throw new FormatException($"Unreadable tag at {i}: {html[i..Math.Min(html.Length, i + 60)]}");
            }

            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Capture capture in match.Groups["attr"].Captures)
            {
                var attribute = Attribute().Match(capture.Value);
                var attributeName = attribute.Groups["name"].Value;
                if (!attributes.TryAdd(attributeName, WebUtility.HtmlDecode(attribute.Groups["value"].Value)))
                {
                    throw new FormatException($"Attribute {attributeName} twice at {i}.");
                }
            }

            var element = new HtmlElement(match.Groups["name"].Value, attributes, current);
            current.Children.Add(element);
            i = match.Index + match.Length;
            if (element.Name is "script" or "textarea" or "title")
            {
                var endTag = "</" + element.Name + ">";
                var end = html.IndexOf(endTag, i, StringComparison.Ordinal);
                var content = html[i..end];
                element.Children.Add(element.Name == "script" ? content : WebUtility.HtmlDecode(content.StartsWith('\n') ? content[1..] : content));
                i = end + endTag.Length;
            }
            else if (!VoidElements.Contains(element.Name))
            {
                current = element;
            }
        }

        if (current != root)
        {
            throw new FormatException($"<{current.Name}> is never closed.");
        }

        return root;
    }

    [GeneratedRegex("""\G<(?<name>[a-z][a-z0-9]*)(?<attr>\s+[a-z][a-z0-9-]*(="[^"<>]*")?)*\s*>""")]
    private static partial Regex StartTag();

    [GeneratedRegex("""^\s+(?<name>[a-z][a-z0-9-]*)(="(?<value>[^"]*)")?$""")]
    private static partial Regex Attribute();
}
