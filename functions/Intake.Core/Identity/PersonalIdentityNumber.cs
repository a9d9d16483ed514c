using System.Globalization;

namespace Intake.Core.Identity;

/// <summary>
/// A Swedish personnummer or samordningsnummer (coordination number: the day of birth plus 60), normalized to
/// twelve digits "YYYYMMDDNNNC" and shown as "YYYYMMDD-NNNC".
/// </summary>
public readonly record struct PersonalIdentityNumber
{
    private const int CoordinationDayOffset = 60;

    private readonly string? value;

    private PersonalIdentityNumber(string value, DateOnly birthDate, bool isCoordinationNumber)
    {
        this.value = value;
        BirthDate = birthDate;
        IsCoordinationNumber = isCoordinationNumber;
    }

    public DateOnly BirthDate { get; }

    public bool IsCoordinationNumber { get; }

    /// <summary>The normalized twelve digits "YYYYMMDDNNNC"; a samordningsnummer keeps its day plus 60.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>
    /// Accepts YYMMDD-NNNC, YYMMDD+NNNC (100 years or older), YYMMDDNNNC, YYYYMMDDNNNC and YYYYMMDD-NNNC with
    /// surrounding whitespace. A ten-digit form gets the most recent century that does not put the birth date after
    /// <paramref name="today"/>; "+" goes a further 100 years back.
    /// </summary>
    public static bool TryParse(string? text, DateOnly today, out PersonalIdentityNumber number)
    {
        number = default;
        var trimmed = text.AsSpan().Trim();
        Span<char> digits = stackalloc char[12];
        var separator = trimmed.Length switch
        {
            11 => trimmed[6],
            13 => trimmed[8],
            _ => '\0',
        };
        var separatorAt = trimmed.Length - 5;
        var isPlus = separator == '+' && trimmed.Length == 11;
        if (separator != '\0' && separator != '-' && !isPlus)
        {
            return false;
        }

        var digitCount = 0;
        for (var i = 0; i < trimmed.Length; i++)
        {
            if (separator != '\0' && i == separatorAt)
            {
                continue;
            }

            if (!char.IsAsciiDigit(trimmed[i]) || digitCount == digits.Length)
            {
                return false;
            }

            digits[digitCount++] = trimmed[i];
        }

        if (digitCount is not (10 or 12))
        {
            return false;
        }

        digits = digits[..digitCount];
        var tenDigits = digits[^10..];
        var month = Number(tenDigits[2..4]);
        var dayField = Number(tenDigits[4..6]);
        var isCoordination = dayField > CoordinationDayOffset;
        var day = isCoordination ? dayField - CoordinationDayOffset : dayField;
        var year = digitCount == 12 ? Number(digits[..4]) : InferYear(Number(tenDigits[..2]), month, day, today, isPlus);

        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var birthDate = new DateOnly(year, month, day);
        if (birthDate > today || LuhnCheckDigit(tenDigits[..9]) != tenDigits[9] - '0')
        {
            return false;
        }

        var normalized = year.ToString("D4", CultureInfo.InvariantCulture) + new string(tenDigits[2..]);
        number = new PersonalIdentityNumber(normalized, birthDate, isCoordination);
        return true;
    }

    /// <summary>The display form "YYYYMMDD-NNNC".</summary>
    public override string ToString() => Value.Length == 12 ? $"{Value[..8]}-{Value[8..]}" : Value;

    private static int InferYear(int twoDigitYear, int month, int day, DateOnly today, bool isPlus)
    {
        var year = today.Year - (((today.Year - twoDigitYear) % 100) + 100) % 100;
        var isLaterThisYear = month > today.Month || (month == today.Month && day > today.Day);
        if (year == today.Year && isLaterThisYear)
        {
            year -= 100;
        }

        return isPlus ? year - 100 : year;
    }

    private static int LuhnCheckDigit(ReadOnlySpan<char> nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < nineDigits.Length; i++)
        {
            var product = (nineDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }

        return (10 - (sum % 10)) % 10;
    }

    private static int Number(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
