using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>
/// Repeatable requests as the ACS doc page describes them (specs/acs-email-rest.md §5): ids are tracked for 5 minutes
/// after Repeatability-First-Sent; a repeat with the same body gets the original answer, with another body a 400.
/// Not thread-safe: <see cref="AcsEmailStub"/> calls it under its lock.
/// </summary>
internal sealed class AcsStubRepeatability
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly Dictionary<Guid, Entry> _seen = [];

    /// <summary>The answer to give instead of executing the request, or null to execute it.</summary>
    public AcsStubReply? Check(HttpRequest request, string bodyHash, DateTimeOffset now, out Guid? requestId)
    {
        requestId = null;
        string? id = request.Headers["Repeatability-Request-ID"];
        string? firstSent = request.Headers["Repeatability-First-Sent"];
        if (id is null && firstSent is null)
        {
            return null;
        }

        if (!Guid.TryParse(id, out Guid parsedId) || !DateTimeOffset.TryParseExact(
            firstSent, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset sentAt))
        {
            return AcsStubReply.Error(400, "InvalidRepeatabilityHeaders", "Repeatability-Request-ID or Repeatability-First-Sent is malformed.");
        }

        if (now - sentAt > Window)
        {
            return AcsStubReply.Error(412, "RepeatabilityExpired", "Repeatability-First-Sent is older than the tracking window.");
        }

        foreach (Guid expired in _seen.Where(e => now - e.Value.FirstSent > Window).Select(e => e.Key).ToList())
        {
            _seen.Remove(expired);
        }

        requestId = parsedId;
        if (_seen.TryGetValue(parsedId, out Entry? entry))
        {
            return entry.BodyHash == bodyHash
                ? entry.Reply
                : AcsStubReply.Error(400, "RepeatabilityRequestIdReused", "The repeatability id was used for different content.");
        }

        return null;
    }

    /// <summary>Remembers a finished request's answer; a 5xx is not remembered, so the request may run again.</summary>
    public void Remember(Guid requestId, string bodyHash, HttpRequest request, AcsStubReply reply)
    {
        if (reply.Status < 500)
        {
            DateTimeOffset firstSent = DateTimeOffset.ParseExact(
                request.Headers["Repeatability-First-Sent"].ToString(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            _seen[requestId] = new Entry(bodyHash, firstSent, reply);
        }
    }

    private sealed record Entry(string BodyHash, DateTimeOffset FirstSent, AcsStubReply Reply);
}
