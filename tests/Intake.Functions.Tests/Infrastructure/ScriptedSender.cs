using System.Collections.Concurrent;
using Intake.Functions.Email;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>Counts sends per e-mail (by idempotency key) and can fail them; otherwise passes them to the real sender.</summary>
internal sealed class ScriptedSender(IEmailSender inner, Func<OutgoingEmail, SendOutcome?>? script = null) : IEmailSender
{
    public ConcurrentDictionary<Guid, int> Calls { get; } = new();

    public ConcurrentQueue<OutgoingEmail> Emails { get; } = new();

    public string Name => "scripted " + inner.Name;

    public int CallsTo(string address) => Emails.Count(e => e.To == address);

    public async Task<SendOutcome> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        Calls.AddOrUpdate(email.IdempotencyKey, 1, (_, n) => n + 1);
        Emails.Enqueue(email);
        return script?.Invoke(email) ?? await inner.SendAsync(email, cancellationToken);
    }
}
