namespace Intake.Core.References;

/// <summary>
/// The check symbol of a <see cref="ReferenceNumber"/>: symbols are elements of the field GF(32) and the check makes
/// s₀·x¹¹ + s₁·x¹⁰ + … + s₁₁ equal zero (Damm's construction over a finite field).
/// A single wrong symbol changes the sum by xᵏ·e ≠ 0; swapping distinct neighbours a, b changes it by
/// xᵏ·(a+b)·(1+x) ≠ 0, so both are always detected (any swap within 31 positions is, in fact).
/// Luhn mod 32 was the first choice but cannot promise this: like Luhn mod 10 with 09/90, it misses swapping the
/// first and last symbols of the alphabet ("2Z" and "Z2").
/// </summary>
internal static class ReferenceCheckSymbol
{
    // x⁵ + x² + 1, a primitive polynomial: the powers of x run through all 31 non-zero elements.
    private const int Polynomial = 0b10_0101;

    public static char Compute(ReadOnlySpan<char> body) => ReferenceNumber.Alphabet[MultiplyByX(Accumulate(body))];

    public static bool IsValid(ReadOnlySpan<char> symbols) => Accumulate(symbols) == 0;

    // Horner's rule: ((s₀·x + s₁)·x + s₂)… where addition in GF(2⁵) is XOR.
    private static int Accumulate(ReadOnlySpan<char> symbols)
    {
        var sum = 0;
        foreach (var symbol in symbols)
        {
            sum = MultiplyByX(sum) ^ ReferenceNumber.Alphabet.IndexOf(symbol, StringComparison.Ordinal);
        }

        return sum;
    }

    private static int MultiplyByX(int element)
    {
        var shifted = element << 1;
        return (shifted & 0b10_0000) != 0 ? shifted ^ Polynomial : shifted;
    }
}
