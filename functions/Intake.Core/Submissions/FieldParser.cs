using System.Globalization;
using System.Text;
using Intake.Core.Identity;

namespace Intake.Core.Submissions;

/// <summary>Turns one raw field into normalized values for its question, or an error code.</summary>
internal static class FieldParser
{
    public static (IReadOnlyList<string>? Values, string? Error) Parse(Question question, RawValue raw, DateOnly today)
    {
        if (question.Type == FieldType.MultiChoice)
        {
            return ParseMany(question, raw);
        }

        string? text = raw switch
        {
            RawValue.Text t => t.Value,
            RawValue.Flag b when question.Type == FieldType.YesNo => b.Value ? "true" : "false",
            RawValue.Texts { Values.Count: 1 } many => many.Values[0],
            _ => null,
        };
        if (text is null)
        {
            return (null, raw is RawValue.Texts ? ValidationCodes.DuplicateField : ValidationCodes.InvalidType);
        }

        var (value, error) = ParseOne(question, text, today);
        return error is null ? ([value!], null) : (null, error);
    }

    private static (IReadOnlyList<string>? Values, string? Error) ParseMany(Question question, RawValue raw)
    {
        IReadOnlyList<string>? items = raw switch
        {
            RawValue.Text t => [t.Value],
            RawValue.Texts many => many.Values,
            _ => null,
        };
        if (items is null)
        {
            return (null, ValidationCodes.InvalidType);
        }

        var chosen = new List<string>();
        foreach (var item in items)
        {
            var option = MatchOption(question, item);
            if (option is null)
            {
                return (null, ValidationCodes.InvalidOption);
            }

            if (!chosen.Contains(option))
            {
                chosen.Add(option);
            }
        }

        return (chosen, null);
    }

    private static (string? Value, string? Error) ParseOne(Question question, string text, DateOnly today)
    {
        // Single-line fields are checked before trimming: a trailing CR/LF in an address is an injection attempt, not
        // white space to tidy away.
        var isFreeText = question.Type == FieldType.LongText;
        var trimmed = isFreeText ? text.Trim().Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
        if (HasForbiddenCharacters(trimmed, allowLineBreaks: isFreeText))
        {
            return (null, ValidationCodes.InvalidCharacters);
        }

        trimmed = trimmed.Trim();

        trimmed = trimmed.Normalize(NormalizationForm.FormC);
        if (trimmed.Length > question.MaxLength)
        {
            return (null, ValidationCodes.TooLong);
        }

        return question.Type switch
        {
            FieldType.Text or FieldType.LongText => (trimmed, null),
            FieldType.YesNo => ParseYesNo(trimmed),
            FieldType.Choice => MatchOption(question, trimmed) is { } option ? (option, null) : (null, ValidationCodes.InvalidOption),
            FieldType.Email => EmailAddress.TryNormalize(trimmed, out var email) ? (email, null) : (null, ValidationCodes.InvalidEmail),
            FieldType.Phone => PhoneNumber.TryNormalize(trimmed, out var phone) ? (phone, null) : (null, ValidationCodes.InvalidPhone),
            FieldType.PersonalIdentityNumber => PersonalIdentityNumber.TryParse(trimmed, today, out var pin)
                ? (pin.ToString(), null)
                : (null, ValidationCodes.InvalidPersonalIdentityNumber),
            _ => throw new InvalidOperationException($"Unhandled field type {question.Type}."),
        };
    }

    private static (string? Value, string? Error) ParseYesNo(string text) =>
        text.ToLowerInvariant() switch
        {
            "true" => ("true", null),
            "false" => ("false", null),
            _ => (null, ValidationCodes.InvalidYesNo),
        };

    private static string? MatchOption(Question question, string text)
    {
        var wanted = text.Trim();
        return question.Options.FirstOrDefault(o => string.Equals(o.Value, wanted, StringComparison.OrdinalIgnoreCase))?.Value;
    }

    /// <summary>Control characters (C0, DEL, C1) and Unicode line/paragraph separators; tab and LF only in free text.</summary>
    private static bool HasForbiddenCharacters(string text, bool allowLineBreaks)
    {
        foreach (var c in text)
        {
            if (allowLineBreaks && (c == '\n' || c == '\t'))
            {
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsControl(c) || category is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator || IsNoncharacter(c))
            {
                return true;
            }
        }

        return HasLoneSurrogate(text);
    }

    /// <summary>U+FDD0–U+FDEF, U+FFFE and U+FFFF: never text a person typed (and Unicode normalisation refuses some);
    /// the supplementary noncharacters end in FFFE/FFFF too, as low surrogates DFFE/DFFF.</summary>
    private static bool IsNoncharacter(char c) => c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF' or '\uDFFE' or '\uDFFF';

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
