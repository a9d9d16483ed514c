namespace Intake.Core.Submissions;

/// <summary>
/// A phone number as people write it ("070-123 45 67", "+46 70 123 45 67", "(063) 14 30 00"), normalized to digits
/// with an optional leading plus. Between 7 and 15 digits (E.164 allows at most 15).
/// </summary>
internal static class PhoneNumber
{
    public static bool TryNormalize(string text, out string normalized)
    {
        normalized = string.Empty;
        var digits = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c == '+' && i == 0)
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '(' or ')'))
            {
                return false;
            }
        }

        var count = digits.Length - (digits.Length > 0 && digits[0] == '+' ? 1 : 0);
        if (count is < 7 or > 15)
        {
            return false;
        }

        normalized = digits.ToString();
        return true;
    }
}
