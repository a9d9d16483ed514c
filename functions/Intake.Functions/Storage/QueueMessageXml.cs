using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Intake.Functions.Storage;

/// <summary>The queue service's XML bodies, via System.Xml.Linq, and the message text encoding.</summary>
internal static class QueueMessageXml
{
    /// <summary>The service's limit on a message, measured after encoding.</summary>
    public const int MaxMessageBytes = 64 * 1024;

    public static byte[] CreateBody(string messageText, QueueMessageEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(messageText);
        string encoded = encoding == QueueMessageEncoding.Base64
            ? Convert.ToBase64String(Encoding.UTF8.GetBytes(messageText))
            : messageText;
        if (Encoding.UTF8.GetByteCount(encoded) > MaxMessageBytes)
        {
            throw new ArgumentException($"A queue message is at most {MaxMessageBytes} bytes after encoding.", nameof(messageText));
        }

        var body = new XElement("QueueMessage", new XElement("MessageText", encoded));
        return Encoding.UTF8.GetBytes(body.ToString(SaveOptions.DisableFormatting));
    }

    public static IEnumerable<XElement> ReadMessages(BinaryData content)
    {
        using var reader = XmlReader.Create(content.ToStream(), StorageXml.SafeReaderSettings);
        return XDocument.Load(reader).Root?.Elements("QueueMessage").ToList() ?? [];
    }

    public static SendReceipt ToSendReceipt(XElement message) => new(
        Text(message, "MessageId"),
        Text(message, "PopReceipt"),
        Time(message, "InsertionTime"),
        Time(message, "TimeNextVisible"));

    public static QueueMessage ToQueueMessage(XElement message, QueueMessageEncoding encoding) => new(
        Text(message, "MessageId"),
        Text(message, "PopReceipt"),
        DecodeText(message, encoding),
        long.Parse(Text(message, "DequeueCount"), CultureInfo.InvariantCulture),
        Time(message, "InsertionTime"),
        message.Element("ExpirationTime") is null ? null : Time(message, "ExpirationTime"),
        Time(message, "TimeNextVisible"));

    public static PeekedMessage ToPeekedMessage(XElement message, QueueMessageEncoding encoding) => new(
        Text(message, "MessageId"),
        DecodeText(message, encoding),
        long.Parse(Text(message, "DequeueCount"), CultureInfo.InvariantCulture),
        Time(message, "InsertionTime"));

    /// <summary>
    /// Base64 text is decoded; text that is not base64 (sent by a producer with another encoding) is returned as it
    /// is, so that one bad message fails only its own processing and, after its tries, reaches the poison queue, as
    /// under the Functions host, instead of failing every receive of the queue.
    /// </summary>
    private static string DecodeText(XElement message, QueueMessageEncoding encoding)
    {
        string text = Text(message, "MessageText");
        if (encoding == QueueMessageEncoding.None)
        {
            return text;
        }

        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var length) ? Encoding.UTF8.GetString(bytes, 0, length) : text;
    }

    private static string Text(XElement message, string name) =>
        message.Element(name)?.Value ?? throw new FormatException($"The queue response has no {name}.");

    /// <summary>The service writes times as RFC 1123 ("Sun, 22 Nov 2026 06:24:57 GMT").</summary>
    private static DateTimeOffset Time(XElement message, string name) =>
        DateTimeOffset.ParseExact(Text(message, name), "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
