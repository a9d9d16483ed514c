using System.Text.RegularExpressions;
using Intake.Core.References;
using Xunit;

namespace Intake.Core.Tests.References;

public sealed partial class ReferenceNumberTests
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    [Fact]
    public void NewReference_Always_HasTwelveSymbolsFromAlphabetAndGroupsOfFour()
    {
        for (var i = 0; i < 1000; i++)
        {
            var reference = ReferenceNumber.NewReference();

            Assert.Matches(CompactForm(), reference.Value);
            Assert.Equal($"{reference.Value[..4]}-{reference.Value[4..8]}-{reference.Value[8..]}", reference.ToString());
        }
    }

    [Fact]
    public void NewReference_ManyCalls_AreDistinctAndUseEverySymbol()
    {
        var references = Enumerable.Range(0, 10_000).Select(_ => ReferenceNumber.NewReference().Value).ToList();

        Assert.Equal(references.Count, references.Distinct().Count());
        Assert.Equal(Alphabet.Length, references.SelectMany(r => r[..11]).Distinct().Count());
    }

    [Fact]
    public void FromBytes_SameBytes_SameValidReference_OtherBytes_Another()
    {
        byte[] first = System.Security.Cryptography.SHA256.HashData("a key"u8);
        byte[] second = System.Security.Cryptography.SHA256.HashData("another key"u8);

        var reference = ReferenceNumber.FromBytes(first);

        Assert.Equal(reference, ReferenceNumber.FromBytes(first));
        Assert.NotEqual(reference, ReferenceNumber.FromBytes(second));
        Assert.True(ReferenceNumber.TryParse(reference.ToString(), out var parsed));
        Assert.Equal(reference, parsed);
        Assert.Throws<ArgumentException>(() => ReferenceNumber.FromBytes(first.AsSpan(0, ReferenceNumber.ByteCount - 1)));
    }

    [Fact]
    public void TryParse_DisplayAndCompactForms_RoundTrip()
    {
        var reference = ReferenceNumber.NewReference();

        Assert.True(ReferenceNumber.TryParse(reference.ToString(), out var fromDisplay));
        Assert.True(ReferenceNumber.TryParse(reference.Value, out var fromCompact));
        Assert.Equal(reference, fromDisplay);
        Assert.Equal(reference, fromCompact);
    }

    [Fact]
    public void TryParse_LowerCaseSpacesAndHyphens_AreAccepted()
    {
        var reference = ReferenceNumber.NewReference();
        var spoken = $"  {reference.Value[..3].ToLowerInvariant()} {reference.Value[3..7]} - {reference.Value[7..]}-\t";

        Assert.True(ReferenceNumber.TryParse(spoken, out var parsed));
        Assert.Equal(reference.Value, parsed.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("----")]
    [InlineData("23456789ABC")]
    [InlineData("23456789ABCDE")]
    [InlineData("2345_6789_ABCD")]
    [InlineData("2345.6789.ABCD")]
    public void TryParse_MalformedText_IsRejected(string? text)
    {
        Assert.False(ReferenceNumber.TryParse(text, out var reference));
        Assert.Equal(default, reference);
    }

    [Theory]
    [InlineData('0')]
    [InlineData('O')]
    [InlineData('1')]
    [InlineData('I')]
    [InlineData('i')]
    [InlineData('Å')]
    [InlineData('ſ')]
    public void TryParse_SymbolOutsideAlphabet_IsRejected(char symbol)
    {
        var value = ReferenceNumber.NewReference().Value;

        for (var position = 0; position < value.Length; position++)
        {
            Assert.False(ReferenceNumber.TryParse(Replace(value, position, symbol), out _));
        }
    }

    [Fact]
    public void TryParse_AnySingleSymbolChanged_IsRejected()
    {
        for (var sample = 0; sample < 200; sample++)
        {
            var value = ReferenceNumber.NewReference().Value;
            for (var position = 0; position < value.Length; position++)
            {
                foreach (var symbol in Alphabet.Where(s => s != value[position]))
                {
                    Assert.False(ReferenceNumber.TryParse(Replace(value, position, symbol), out _), $"{value} at {position}");
                }
            }
        }
    }

    [Fact]
    public void TryParse_EveryPairOfDistinctNeighboursSwapped_IsRejected()
    {
        var filler = ReferenceNumber.NewReference().Value[..11];
        for (var position = 0; position < 10; position++)
        {
            foreach (var (a, b) in DistinctPairs())
            {
                var value = WithCheckSymbol(Replace(Replace(filler, position, a), position + 1, b));

                Assert.False(ReferenceNumber.TryParse(Swap(value, position), out _), $"{value} at {position}");
            }
        }
    }

    [Fact]
    public void TryParse_LastSymbolSwappedWithCheckSymbol_IsRejected()
    {
        for (var sample = 0; sample < 50; sample++)
        {
            var filler = ReferenceNumber.NewReference().Value[..11];
            foreach (var last in Alphabet)
            {
                var value = WithCheckSymbol(Replace(filler, 10, last));
                if (value[10] != value[11])
                {
                    Assert.False(ReferenceNumber.TryParse(Swap(value, 10), out _), value);
                }
            }
        }
    }

    private static IEnumerable<(char A, char B)> DistinctPairs() =>
        from a in Alphabet from b in Alphabet where a != b select (a, b);

    private static string WithCheckSymbol(string body) => body + ReferenceCheckSymbol.Compute(body);

    private static string Replace(string value, int position, char symbol) =>
        string.Concat(value.AsSpan(0, position), [symbol], value.AsSpan(position + 1));

    private static string Swap(string value, int position) =>
        Replace(Replace(value, position, value[position + 1]), position + 1, value[position]);

    [GeneratedRegex("^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{12}$")]
    private static partial Regex CompactForm();
}
