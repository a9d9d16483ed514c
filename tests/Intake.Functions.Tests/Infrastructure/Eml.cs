using System.Text;
using System.Text.RegularExpressions;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>Just enough of a MIME reader to check what a person would see in an .eml file: headers (RFC 2047
/// encoded words decoded) and the decoded text of each part.</summary>
public sealed partial record Eml(IReadOnlyDictionary<string, string> Headers, string PlainText, string Html)
{
    public string Subject => Headers.GetValueOrDefault("Subject", string.Empty);

    public string To => Headers.GetValueOrDefault("To", string.Empty);

    /// <summary>Everything a reader sees: subject, text and HTML.</summary>
    public string Visible => Subject + "\n" + PlainText + "\n" + Html;

    public static Eml Read(string path) => Parse(File.ReadAllText(path));

    public static Eml Parse(string raw)
    {
        var (headerText, body) = Split(raw);
        var headers = ParseHeaders(headerText);
        var boundary = BoundaryPattern().Match(headers.GetValueOrDefault("Content-Type", string.Empty)).Groups[1].Value.Trim('"');
        string plain = string.Empty, html = string.Empty;
        foreach (var part in body.Split("--" + boundary).Skip(1).Where(p => !p.StartsWith("--", StringComparison.Ordinal)))
        {
            var (partHeaderText, partBody) = Split(part.TrimStart('\r', '\n'));
            var partHeaders = ParseHeaders(partHeaderText);
            var text = Decode(partBody, partHeaders.GetValueOrDefault("Content-Transfer-Encoding", "7bit"));
            if (partHeaders.GetValueOrDefault("Content-Type", string.Empty).StartsWith("text/html", StringComparison.Ordinal))
            {
                html = System.Net.WebUtility.HtmlDecode(text);
            }
            else
            {
                plain = text;
            }
        }

        return new Eml(headers, plain, html);
    }

    private static (string Headers, string Body) Split(string text)
    {
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return end < 0 ? (text, string.Empty) : (text[..end], text[(end + 4)..]);
    }

    private static Dictionary<string, string> ParseHeaders(string text)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // Unfold continuation lines; white space between two encoded words is not part of the text (RFC 2047 §6.2).
        var unfolded = Regex.Replace(Regex.Replace(text, "\r\n[ \t]+", " "), @"(\?=)\s+(=\?)", "$1$2");
        foreach (var line in unfolded.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = EncodedWord().Replace(line[(colon + 1)..].Trim(), m => DecodeWord(m.Groups[1].Value, m.Groups[2].Value));
            }
        }

        return headers;
    }

    private static string DecodeWord(string encoding, string text) => string.Equals(encoding, "B", StringComparison.OrdinalIgnoreCase)
        ? Encoding.UTF8.GetString(Convert.FromBase64String(text))
        : QuotedPrintable(text.Replace('_', ' '));

    private static string Decode(string body, string transferEncoding) => transferEncoding.ToLowerInvariant() switch
    {
        "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c))))),
        "quoted-printable" => QuotedPrintable(body.Replace("=\r\n", string.Empty, StringComparison.Ordinal)),
        _ => body,
    };

    private static string QuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    [GeneratedRegex("boundary=([^;]+)", RegexOptions.IgnoreCase)]
    private static partial Regex BoundaryPattern();

    [GeneratedRegex(@"=\?utf-8\?([BbQq])\?([^?]*)\?=", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWord();
}
