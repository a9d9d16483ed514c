using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>The state behind <see cref="AcsEmailStub"/>: accepted e-mails, operations and their polls, injected failures.</summary>
internal sealed class AcsStubOperations
{
    private readonly Lock _gate = new();
    private readonly List<StubEmail> _sent = [];
    private readonly Queue<AcsStubReply> _failures = new();
    private readonly Dictionary<string, int> _polls = [];
    private readonly AcsStubRepeatability _repeatability = new();
    private int _sendRequests;

    public Uri Endpoint { get; set; } = null!;

    public int PollsUntilSucceeded { get; set; } = 1;

    public int RetryAfterSeconds { get; set; } = 1;

    public IReadOnlyList<StubEmail> Sent
    {
        get { lock (_gate) { return [.. _sent]; } }
    }

    public int SendRequests
    {
        get => Volatile.Read(ref _sendRequests);
    }

    public void EnqueueFailure(AcsStubReply failure)
    {
        lock (_gate)
        {
            _failures.Enqueue(failure);
        }
    }

    public void CountSendRequest() => Interlocked.Increment(ref _sendRequests);

    public AcsStubReply Send(HttpRequest request, byte[] body)
    {
        lock (_gate)
        {
            if (_failures.TryDequeue(out AcsStubReply? failure))
            {
                return failure;
            }

            string bodyHash = Convert.ToBase64String(SHA256.HashData(body));
            if (_repeatability.Check(request, bodyHash, DateTimeOffset.UtcNow, out Guid? requestId) is { } repeated)
            {
                return repeated;
            }

            AcsStubReply reply = Accept(request, body, requestId);
            if (requestId is { } id)
            {
                _repeatability.Remember(id, bodyHash, request, reply);
            }

            return reply;
        }
    }

    public AcsStubReply Poll(string operationId)
    {
        lock (_gate)
        {
            if (!_polls.TryGetValue(operationId, out int polls))
            {
                return AcsStubReply.Error(404, "NotFound", "No such operation.");
            }

            _polls[operationId] = polls + 1;
            return polls < PollsUntilSucceeded
                ? AcsStubReply.Result(200, operationId, "Running", RetryAfter())
                : AcsStubReply.Result(200, operationId, "Succeeded");
        }
    }

    private AcsStubReply Accept(HttpRequest request, byte[] body, Guid? requestId)
    {
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return AcsStubReply.Error(415, "UnsupportedMediaType", "The body must be application/json.");
        }

        string? operationHeader = request.Headers["Operation-Id"];
        if (operationHeader is not null && !Guid.TryParse(operationHeader, out _))
        {
            return AcsStubReply.Error(400, "InvalidOperationId", "Operation-Id must be a UUID.");
        }

        string operationId = operationHeader ?? Guid.NewGuid().ToString();
        if (AcsStubMessage.Parse(body, operationId, requestId?.ToString(), out string? problem) is not { } email)
        {
            return AcsStubReply.Error(400, "BadRequest", problem ?? "Invalid body.");
        }

        _sent.Add(email);
        _polls[operationId] = 0;
        return AcsStubReply.Result(202, operationId, "Running",
            new("Operation-Location", $"{Endpoint}emails/operations/{operationId}?api-version=2023-03-31"), RetryAfter());
    }

    private KeyValuePair<string, string> RetryAfter() =>
        new("Retry-After", RetryAfterSeconds.ToString(CultureInfo.InvariantCulture));
}
