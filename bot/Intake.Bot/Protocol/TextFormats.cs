namespace Intake.Bot.Protocol;

/// <summary>Values of <see cref="Activity.TextFormat"/>; "plain" is the protocol's default.</summary>
internal static class TextFormats
{
    public const string Plain = "plain";
    public const string Markdown = "markdown";
    public const string Xml = "xml";
}
