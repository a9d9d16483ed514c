using Intake.Functions.Storage;
using Xunit;

namespace Intake.Functions.Tests.Storage;

public sealed class TableFilterTests
{
    public static TheoryData<object, string> Literals => new()
    {
        { "O'Brien", "Name eq 'O''Brien'" },
        { "x' or PartitionKey ne '", "Name eq 'x'' or PartitionKey ne '''" },
        { true, "Name eq true" },
        { 42, "Name eq 42" },
        { 123L, "Name eq 123L" },
        { 1.5, "Name eq 1.5" },
        { 2.0, "Name eq 2.0" },
        { new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)), "Name eq datetime'2026-01-01T00:00:00.0000000Z'" },
        { new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), "Name eq datetime'2026-01-01T00:00:00.0000000Z'" },
        { Guid.Parse("c9da6455-213d-42c9-9a79-3e9149a57833"), "Name eq guid'c9da6455-213d-42c9-9a79-3e9149a57833'" },
        { new byte[] { 0x0A, 0xFF }, "Name eq X'0AFF'" },
    };

    [Theory]
    [MemberData(nameof(Literals))]
    public void Equal_EveryValueType_FormatsTypedEscapedLiteral(object value, string expected) =>
        Assert.Equal(expected, TableFilter.Equal("Name", value).ToString());

    [Fact]
    public void And_TwoComparisons_ParenthesizesBothSides()
    {
        TableFilter filter = TableFilter.Equal("Status", "received")
            .And(TableFilter.LessThan("ReceivedAt", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal("(Status eq 'received') and (ReceivedAt lt datetime'2026-01-01T00:00:00.0000000Z')", filter.ToString());
    }

    [Fact]
    public void Operators_OrAndNot_ComposeAsWritten()
    {
        TableFilter filter = TableFilter.Not(TableFilter.NotEqual("A", 1).Or(TableFilter.GreaterThan("B", 2)))
            .And(TableFilter.GreaterThanOrEqual("C", 3)).And(TableFilter.LessThanOrEqual("D", 4));

        Assert.Equal("((not ((A ne 1) or (B gt 2))) and (C ge 3)) and (D le 4)", filter.ToString());
    }

    [Theory]
    [InlineData("Name eq 'x' or true")]
    [InlineData("1Name")]
    [InlineData("Na-me")]
    [InlineData("")]
    public void Equal_PropertyNameNotAnIdentifier_ThrowsArgumentException(string property) =>
        Assert.Throws<ArgumentException>(() => TableFilter.Equal(property, "x"));

    [Fact]
    public void And_SixteenComparisons_ThrowsArgumentException()
    {
        TableFilter filter = TableFilter.Equal("P0", 0);
        for (int i = 1; i < 15; i++)
        {
            filter = filter.And(TableFilter.Equal("P" + i, i));
        }

        Assert.Throws<ArgumentException>(() => filter.Or(TableFilter.Equal("P15", 15)));
    }

    [Fact]
    public void Equal_UnsupportedOrAmbiguousValue_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => TableFilter.Equal("A", 1.5m));
        Assert.Throws<ArgumentException>(() => TableFilter.Equal("A", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Local)));
        Assert.Throws<ArgumentException>(() => TableFilter.Equal("A", double.NaN));
    }
}
