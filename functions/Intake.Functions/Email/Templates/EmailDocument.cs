using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Intake.Functions.Email.Templates;

/// <summary>A rendered e-mail: neutral subject, plain text and HTML with the same content.</summary>
internal sealed record RenderedEmail(string Subject, string PlainText, string Html);

/// <summary>
/// The content of an e-mail as a few kinds of blocks, rendered once as plain text and once as HTML (every piece of
/// text HTML-encoded), so the two parts can never say different things.
/// </summary>
internal sealed class EmailDocument(string languageCode)
{
    // Escapes markup characters only: the part is UTF-8, so letters such as å, ä, ö stay readable in the source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly List<(string Kind, IReadOnlyList<string> Lines)> blocks = [];

    public EmailDocument Heading(string text) => Add("h", text);

    public EmailDocument Paragraph(params string[] lines) => Add("p", lines);

    public EmailDocument List(IEnumerable<string> items) => Add("ul", [.. items]);

    public RenderedEmail Render(string subject) => new(subject, PlainText(), Html(subject));

    private EmailDocument Add(string kind, params string[] lines)
    {
        blocks.Add((kind, lines));
        return this;
    }

    private string PlainText()
    {
        var text = new StringBuilder();
        foreach (var (kind, lines) in blocks)
        {
            foreach (var line in lines)
            {
                text.Append(kind == "ul" ? "- " : string.Empty).Append(line).Append("\r\n");
            }

            text.Append("\r\n");
        }

        return text.ToString().TrimEnd() + "\r\n";
    }

    private string Html(string subject)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\r\n<html lang=\"").Append(languageCode).Append("\">\r\n<head><meta charset=\"utf-8\"><title>")
            .Append(Encoder.Encode(subject)).Append("</title></head>\r\n<body style=\"font-family:sans-serif;font-size:16px;line-height:1.5\">\r\n");
        foreach (var (kind, lines) in blocks)
        {
            var encoded = lines.Select(l => Encoder.Encode(l)).ToList();
            html.Append(kind switch
            {
                "h" => $"<h2>{encoded[0]}</h2>",
                "ul" => "<ul>" + string.Concat(encoded.Select(l => $"<li>{l}</li>")) + "</ul>",
                _ => "<p>" + string.Join("<br>", encoded) + "</p>",
            }).Append("\r\n");
        }

        return html.Append("</body>\r\n</html>\r\n").ToString();
    }
}
