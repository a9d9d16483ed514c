using System.Security.Cryptography;

namespace Intake.Core.References;

/// <summary>
/// The reference a person gets at once and may read aloud over the phone: 11 random symbols and one check
/// symbol from an alphabet without 0/O and 1/I. Shown in groups of four ("7KQM-X4RT-PW9C").
/// </summary>
public readonly record struct ReferenceNumber
{
    internal const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    internal const int Length = 12;
    private const int MaxInputLength = 64;

    private readonly string? value;

    private ReferenceNumber(string value) => this.value = value;

    /// <summary>The canonical compact form, e.g. "7KQMX4RTPW9C"; usable as a storage key.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>How many bytes <see cref="FromBytes"/> reads: one per symbol before the check symbol.</summary>
    public const int ByteCount = Length - 1;

    public static ReferenceNumber NewReference()
    {
        Span<byte> random = stackalloc byte[ByteCount];
        RandomNumberGenerator.Fill(random);
        return FromBytes(random);
    }

    /// <summary>
    /// The reference made of the first <see cref="ByteCount"/> bytes of <paramref name="bytes"/>: random bytes, or a
    /// cryptographic hash (then the same input always gives the same reference, as uniformly as random ones).
    /// </summary>
    public static ReferenceNumber FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < ByteCount)
        {
            throw new ArgumentException($"A reference needs {ByteCount} bytes.", nameof(bytes));
        }

        Span<char> symbols = stackalloc char[Length];
        for (var i = 0; i < ByteCount; i++)
        {
            // 256 is a multiple of 32, so byte & 31 gives each symbol exactly 8 of the 256 byte values: no bias.
            symbols[i] = Alphabet[bytes[i] & 31];
        }

        symbols[^1] = ReferenceCheckSymbol.Compute(symbols[..^1]);
        return new ReferenceNumber(new string(symbols));
    }

    /// <summary>
    /// Reads a reference as a person may type or say it: surrounding whitespace, inner spaces and hyphens are
    /// ignored and lower case is accepted. Wrong length, symbols outside the alphabet and a wrong check symbol fail.
    /// </summary>
    public static bool TryParse(string? text, out ReferenceNumber reference)
    {
        reference = default;
        if (text is null || text.Length > MaxInputLength)
        {
            return false;
        }

        Span<char> symbols = stackalloc char[Length];
        var count = 0;
        foreach (var c in text.AsSpan().Trim())
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            var upper = char.IsAsciiLetterLower(c) ? (char)(c - ('a' - 'A')) : c;
            if (count == Length || !Alphabet.Contains(upper, StringComparison.Ordinal))
            {
                return false;
            }

            symbols[count++] = upper;
        }

        if (count != Length || !ReferenceCheckSymbol.IsValid(symbols))
        {
            return false;
        }

        reference = new ReferenceNumber(new string(symbols));
        return true;
    }

    /// <summary>The display form in groups of four, e.g. "7KQM-X4RT-PW9C".</summary>
    public override string ToString() =>
        Value.Length == Length ? $"{Value[..4]}-{Value[4..8]}-{Value[8..]}" : Value;
}
