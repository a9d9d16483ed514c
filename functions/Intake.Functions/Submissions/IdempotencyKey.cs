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

    /// <summary>How long a submission sent without a key is recognised when its same answers come again.</summary>
    public static readonly TimeSpan ImplicitWindow = TimeSpan.FromHours(24);

    private readonly string value;

    private IdempotencyKey(string value, bool isImplicit = false)
    {
        this.value = value;
        IsImplicit = isImplicit;
    }

    /// <summary>
    /// The key of a submission sent without one: its own answers, through its channel. A sender who was told "we could
    /// not confirm it was saved" (a 503 whose insert landed after all) and sends the same again gets the first
    /// submission back, not a second one. Recognised only within <see cref="ImplicitWindow"/>: the same answers a day
    /// later are a new submission. (Two people sending word for word the same answers within a day, which only an
    /// anonymous report without free text could do, are taken as one.)
    /// </summary>
    public static IdempotencyKey FromAnswers(string channel, string answersJson) =>
        new($"answers/{channel}/{Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(answersJson)))}", isImplicit: true);

    /// <summary>Made from the answers, not sent by the sender.</summary>
    public bool IsImplicit { get; }

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

    /// <summary>The reference a submission of this kind with this key gets (a hash: the key cannot be read back).
    /// Generation 1, 2, … are where the key's next submissions go (other answers under the same key, or the same
    /// answers again after <see cref="ImplicitWindow"/>), so that each of them, sent again, is found again.</summary>
    public ReferenceNumber Reference(SubmissionKind kind, int generation = 0) =>
        ReferenceNumber.FromBytes(Hash(generation == 0 ? "reference" : $"reference/{generation}", kind));

    /// <summary>What the stored row keeps to recognise a repeat.</summary>
    public string Fingerprint(SubmissionKind kind) => Base64Url.EncodeToString(Hash("fingerprint", kind));

    private byte[] Hash(string purpose, SubmissionKind kind) =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"intake-idempotency/{purpose}/{kind.ToSlug()}/{value}"));
}
