namespace Intake.Functions.Storage;

internal static class QueueNaming
{
    /// <summary>3-63 characters: lowercase letters, digits and single hyphens, not starting or ending with a hyphen.</summary>
    public static string ValidateQueueName(string queueName)
    {
        ArgumentNullException.ThrowIfNull(queueName);
        bool valid = queueName.Length is >= 3 and <= 63
            && queueName.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            && queueName[0] != '-' && queueName[^1] != '-'
            && !queueName.Contains("--", StringComparison.Ordinal);
        return valid ? queueName : throw new ArgumentException(
            "A queue name is 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.",
            nameof(queueName));
    }

    /// <summary>"/queue/messages/{id}" with the id escaped.</summary>
    public static string MessagePath(string queueName, string messageId)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        return $"/{ValidateQueueName(queueName)}/messages/{Uri.EscapeDataString(messageId)}";
    }

    /// <summary>Whole seconds within [min, max], for visibilitytimeout and messagettl.</summary>
    public static string Seconds(TimeSpan value, TimeSpan min, TimeSpan max, string paramName)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Must be between {min} and {max}.");
        }

        return ((long)value.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
