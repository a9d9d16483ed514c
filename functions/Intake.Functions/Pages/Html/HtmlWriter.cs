using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Intake.Functions.Pages.Html;

/// <summary>Markup that is already safe HTML (written by this app, never taken from a request).</summary>
internal readonly record struct Markup(string Value)
{
    public static Markup Empty { get; } = new(string.Empty);

    public override string ToString() => Value;
}

/// <summary>
/// Builds an HTML document. Every value interpolated into <see cref="Append"/> is HTML-encoded (safe in text and in
/// quoted attribute values); only <see cref="Markup"/> goes in as it is. Swedish letters stay readable.
/// </summary>
internal sealed class HtmlWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder builder = new(8 * 1024);

    public HtmlWriter Append([InterpolatedStringHandlerArgument("")] ref HtmlHandler html)
    {
        return this;
    }

    public HtmlWriter Append(Markup markup)
    {
        builder.Append(markup.Value);
        return this;
    }

    public static string Encode(string? value) => value is null ? string.Empty : Encoder.Encode(value);

    internal StringBuilder Builder => builder;

    public override string ToString() => builder.ToString();

    /// <summary>Writes literals as they are and encodes every interpolated value except <see cref="Markup"/>.</summary>
    [InterpolatedStringHandler]
    public readonly ref struct HtmlHandler
    {
        private readonly StringBuilder builder;

        public HtmlHandler(int literalLength, int formattedCount, HtmlWriter writer)
        {
            _ = formattedCount;
            builder = writer.Builder;
            builder.EnsureCapacity(builder.Length + literalLength);
        }

        public void AppendLiteral(string value) => builder.Append(value);

        public void AppendFormatted(string? value) => builder.Append(Encode(value));

        public void AppendFormatted(Markup value) => builder.Append(value.Value);

        public void AppendFormatted(int value) => builder.Append(value.ToString(CultureInfo.InvariantCulture));
    }
}
