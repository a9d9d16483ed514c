using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Intake.Core.References;
using Intake.Core.Submissions;

namespace Intake.Functions.Submissions;

/// <summary>
/// A sender's name for one submission (the <c>Idempotency-Key</c> header, or the web form's hidden field): the same
/// key with the same answers is the same submission, so a double click, a retry after a lost answer or a reloaded
/// receipt page gives the first reference back instead of a second ticket. The key itself is never stored: the
/// reference is derived from it, and the row keeps a hash to tell a repeat from a chance collision.
/// </summary>
internal readonly record struct IdempotencyKey
{
    public const string HeaderName = "Idempotency-Key";

    /// <summary>The web form's hidden field; taken out of the answers before they are read.</summary>
    public const string FormField = "idempotency-key";

    public const int MinLength = 16;
    public const int MaxLength = 128;

    private readonly string value;

    private IdempotencyKey(string value) => this.value = value;

    /// <summary>A new random key (the web form renders one into each fresh page).</summary>
    public static IdempotencyKey New() => new(Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18)));

    /// <summary>16–128 characters of A–Z, a–z, 0–9 and <c>-_.:</c> (a UUID, a base64url token).</summary>
    public static bool TryParse(string? text, out IdempotencyKey key)
    {
        key = default;
        if (text is null || text.Length is < MinLength or > MaxLength)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or ':'))
            {
                return false;
            }
        }

        key = new IdempotencyKey(text);
        return true;
    }

    /// <summary>The form's hidden value. Only for rendering it back to the same person.</summary>
    public string Value => value;

    /// <summary>
    /// The reference a submission of this kind with these answers gets under this key (a hash: neither the key nor
    /// the answers can be read back). Other answers under the same key (edited after an answer that never arrived)
    /// get a reference of their own, so that they too are one submission however often they are sent.
    /// </summary>
    /// <param name="answers">The answers as stored (<see cref="AnswersJson"/>).</param>
    public ReferenceNumber Reference(SubmissionKind kind, string answers) => ReferenceNumber.FromBytes(Hash("reference", kind, "/" + answers));

    /// <summary>What the stored row keeps to recognise a repeat.</summary>
    public string Fingerprint(SubmissionKind kind) => Base64Url.EncodeToString(Hash("fingerprint", kind, string.Empty));

    // The key holds no "/", so the key and what follows it cannot run into each other.
    private byte[] Hash(string purpose, SubmissionKind kind, string more) =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"intake-idempotency/{purpose}/{kind.ToSlug()}/{value}{more}"));
}
