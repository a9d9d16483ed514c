using Intake.Core.Identity;
using Xunit;

namespace Intake.Core.Tests.Identity;

public sealed class PersonalIdentityNumberTests
{
    private static readonly DateOnly Today = new(2025, 6, 15);

    [Fact]
    public void IndependentLuhn_SkatteverketTestNumbers_GiveTheirPublishedCheckDigits()
    {
        Assert.Equal("1212121212", WithCheckDigit("121212121"));
        Assert.Equal("9001019802", WithCheckDigit("900101980"));
    }

    [Theory]
    [InlineData("191212121212")]
    [InlineData("19121212-1212")]
    [InlineData("121212+1212")]
    [InlineData("  19121212-1212\t")]
    public void TryParse_EveryFormOfOneNumber_GivesTheSameNumber(string text)
    {
        Assert.True(PersonalIdentityNumber.TryParse(text, Today, out var number));
        Assert.Equal("191212121212", number.Value);
        Assert.Equal("19121212-1212", number.ToString());
        Assert.Equal(new DateOnly(1912, 12, 12), number.BirthDate);
        Assert.False(number.IsCoordinationNumber);
    }

    [Theory]
    [InlineData("1212121212", "201212121212")]
    [InlineData("121212-1212", "201212121212")]
    [InlineData("121212+1212", "191212121212")]
    [InlineData("9001019802", "199001019802")]
    [InlineData("900101+9802", "189001019802")]
    [InlineData("189001019802", "189001019802")]
    public void TryParse_TenDigitForms_TakeTheMostRecentCenturyAndPlusGoesBackAnother(string text, string expected)
    {
        Assert.True(PersonalIdentityNumber.TryParse(text, Today, out var number));
        Assert.Equal(expected, number.Value);
    }

    [Theory]
    [InlineData("250615", "20250615")]
    [InlineData("250616", "19250616")]
    [InlineData("000229", "20000229")]
    public void TryParse_TenDigitDateLaterThisYear_IsPreviousCentury(string date, string expectedDate)
    {
        var text = WithCheckDigit(date + "123");

        Assert.True(PersonalIdentityNumber.TryParse(text, Today, out var number));
        Assert.Equal(expectedDate, number.Value[..8]);
    }

    [Fact]
    public void TryParse_WrongCheckDigit_IsRejected()
    {
        var valid = WithCheckDigit("121212121");
        for (var digit = '0'; digit <= '9'; digit++)
        {
            var text = "19" + valid[..9] + digit;

            Assert.Equal(digit == valid[9], PersonalIdentityNumber.TryParse(text, Today, out _));
        }
    }

    [Theory]
    [InlineData("20230230")]
    [InlineData("20231301")]
    [InlineData("20230001")]
    [InlineData("20230100")]
    [InlineData("20230132")]
    [InlineData("20230229")]
    [InlineData("19000229")]
    [InlineData("00001010")]
    [InlineData("20230160")]
    [InlineData("20230192")]
    public void TryParse_InvalidDate_IsRejected(string date)
    {
        Assert.False(PersonalIdentityNumber.TryParse(FullNumber(date, "123"), Today, out _));
    }

    [Fact]
    public void TryParse_LeapDayInLeapYear_IsAccepted()
    {
        Assert.True(PersonalIdentityNumber.TryParse(FullNumber("20240229", "123"), Today, out var number));
        Assert.Equal(new DateOnly(2024, 2, 29), number.BirthDate);
    }

    [Theory]
    [InlineData("19701072", 1970, 10, 12)]
    [InlineData("20000161", 2000, 1, 1)]
    [InlineData("20240289", 2024, 2, 29)]
    [InlineData("19991291", 1999, 12, 31)]
    public void TryParse_CoordinationNumber_MapsDayMinusSixty(string date, int year, int month, int day)
    {
        var text = FullNumber(date, "239");

        Assert.True(PersonalIdentityNumber.TryParse(text, Today, out var number));
        Assert.True(number.IsCoordinationNumber);
        Assert.Equal(new DateOnly(year, month, day), number.BirthDate);
        Assert.Equal(text, number.Value);
    }

    [Fact]
    public void TryParse_BornToday_IsAcceptedAndTomorrowIsRejected()
    {
        Assert.True(PersonalIdentityNumber.TryParse(FullNumber("20250615", "123"), Today, out _));
        Assert.False(PersonalIdentityNumber.TryParse(FullNumber("20250616", "123"), Today, out _));
        Assert.False(PersonalIdentityNumber.TryParse(FullNumber("20250676", "123"), Today, out _));
        Assert.False(PersonalIdentityNumber.TryParse(FullNumber("21000101", "123"), Today, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abcdefghij")]
    [InlineData("19121212+1212")]
    [InlineData("19121212 1212")]
    [InlineData("121212 1212")]
    [InlineData("121212/1212")]
    [InlineData("1912-12-12-1212")]
    [InlineData("1912121-21212")]
    [InlineData("12121212121")]
    [InlineData("1212121212121")]
    [InlineData("12121-21212")]
    [InlineData("121212--1212")]
    [InlineData("191212121212x")]
    [InlineData("x19121212-1212")]
    [InlineData("19121212-121")]
    [InlineData("121212121")]
    [InlineData("１２１２１２１２１２")]
    [InlineData("١٢١٢١٢١٢١٢")]
    [InlineData("-121212121")]
    [InlineData("19121212\u22121212")]
    public void TryParse_Junk_IsRejected(string? text)
    {
        Assert.False(PersonalIdentityNumber.TryParse(text, Today, out var number));
        Assert.Equal(default, number);
    }

    private static string FullNumber(string date, string serial) => date[..2] + WithCheckDigit(date[2..] + serial);

    // Independent Luhn: double every other digit from the right end of the nine, subtract 9 from two-digit products.
    private static string WithCheckDigit(string nineDigits)
    {
        var sum = 0;
        var doubleIt = true;
        for (var i = nineDigits.Length - 1; i >= 0; i--)
        {
            var product = (nineDigits[i] - '0') * (doubleIt ? 2 : 1);
            sum += (product / 10) + (product % 10);
            doubleIt = !doubleIt;
        }

        return nineDigits + (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
