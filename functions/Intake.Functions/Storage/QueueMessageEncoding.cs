namespace Intake.Functions.Storage;

/// <summary>How message text is carried in the queue's XML body.</summary>
public enum QueueMessageEncoding
{
    /// <summary>base64 of the UTF-8 bytes, as the Functions queue trigger expects by default.</summary>
    Base64,

    /// <summary>The text as is (XML-escaped).</summary>
    None,
}
