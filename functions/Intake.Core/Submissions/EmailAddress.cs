namespace Intake.Core.Submissions;

/// <summary>
/// One plain e-mail address (no display name, no comments, no quoted local part): what a person types in a form and
/// what is safe to put in a mail header. The domain is lower-cased.
/// </summary>
public static class EmailAddress
{
    private const string LocalSpecials = "!#$%&'*+/=?^_`{|}~.-";

    public static bool TryNormalize(string text, out string normalized)
    {
        normalized = string.Empty;
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (text.Length > Limits.Email || at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1)
        {
            return false;
        }

        var local = text[..at];
        var domain = text[(at + 1)..];
        if (local.Length > 64 || !IsDotSeparated(local, IsLocalChar) || !IsDomain(domain))
        {
            return false;
        }

        normalized = local + "@" + domain.ToLowerInvariant();
        return true;
    }

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || LocalSpecials.Contains(c, StringComparison.Ordinal);

    private static bool IsDomain(string domain)
    {
        var labels = domain.Split('.');
        if (labels.Length < 2 || !IsDotSeparated(domain, c => char.IsLetterOrDigit(c) || c == '-'))
        {
            return false;
        }

        var topLevel = labels[^1];
        return topLevel.Length >= 2 && topLevel.All(char.IsLetter)
            && labels.All(l => l.Length <= 63 && l[0] != '-' && l[^1] != '-');
    }

    private static bool IsDotSeparated(string part, Func<char, bool> allowed) =>
        part.Length > 0 && part[0] != '.' && part[^1] != '.' && !part.Contains("..", StringComparison.Ordinal)
        && part.All(c => c == '.' || allowed(c));
}
