using Azure;
using Azure.Identity;
using Intake.Functions.Email.Acs;

namespace Intake.Functions.Email;

/// <summary>
/// Sends through Azure Communication Services. Every send of one e-mail carries the same Operation-Id and
/// Repeatability-Request-ID (its idempotency key) and, within ACS's five-minute window, the same
/// Repeatability-First-Sent, so a retried send is answered with the first one's result instead of a second e-mail.
/// After that window ACS has forgotten the request id, so the operation (named by the same key) is looked up first
/// and only sent again if ACS never got it.
/// </summary>
internal sealed partial class AcsEmailSender(AcsEmailClient client, EmailOptions options, TimeProvider clock, ILogger<AcsEmailSender> logger) : IEmailSender
{
    /// <summary>Safely inside ACS's five minutes of remembering a repeatability id.</summary>
    private static readonly TimeSpan RepeatabilityWindow = TimeSpan.FromMinutes(4.5);

    public string Name => "Azure Communication Services";

    public static AcsEmailSender Create(EmailOptions options, TimeProvider clock, ILogger<AcsEmailSender> logger)
    {
        var clientOptions = new AcsEmailClientOptions { TimeProvider = clock };
        var client = !string.IsNullOrWhiteSpace(options.AcsConnectionString)
            ? AcsEmailClient.FromConnectionString(options.AcsConnectionString, clientOptions)
            : new AcsEmailClient(options.AcsEndpoint!, string.IsNullOrWhiteSpace(options.AcsClientId)
                ? new DefaultAzureCredential()
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.AcsClientId)), clientOptions);
        return new AcsEmailSender(client, options, clock, logger);
    }

    public async Task<SendOutcome> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        var key = email.IdempotencyKey;
        var firstSent = email.FirstAttemptAt;
        if (clock.GetUtcNow() - firstSent > RepeatabilityWindow)
        {
            var earlier = await FindEarlierSendAsync(key, cancellationToken);
            if (earlier is not null)
            {
                LogFoundEarlier(logger, key, earlier.Status);
                return Outcome(earlier);
            }

            firstSent = clock.GetUtcNow();
        }

        var message = new AcsEmailMessage(options.FromAddress, [new AcsEmailAddress(email.To)], email.Subject, email.PlainText, email.Html)
        {
            Headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-generated" },
        };
        AcsSendOperation operation;
        try
        {
            operation = await client.SendAsync(message, new AcsSendRequestIds(key, key, firstSent), cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 400)
        {
            return new SendOutcome.Rejected("acs-" + (ex.ErrorCode ?? "400"));
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // The first send with this id is still being processed: wait for it rather than send again.
            operation = new AcsSendOperation(key.ToString(), AcsSendStatus.Running, null, null);
        }

        var result = await client.WaitForCompletionAsync(operation, options.AcsCompletionWait, cancellationToken);
        return Outcome(result);
    }

    private async Task<AcsSendResult?> FindEarlierSendAsync(Guid key, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetSendResultAsync(key.ToString(), cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Succeeded, or still running after the wait (ACS has it; delivery is reported elsewhere): sent.
    /// Failed or canceled: refused for good.</summary>
    private static SendOutcome Outcome(AcsSendResult result) => result.Status is AcsSendStatus.Failed or AcsSendStatus.Canceled
        ? new SendOutcome.Rejected("acs-" + (result.ErrorCode ?? result.Status.ToString()))
        : new SendOutcome.Sent(result.OperationId);

    [LoggerMessage(EventId = 7301, Level = LogLevel.Information, Message = "E-mail {IdempotencyKey} was already handed to ACS ({Status}); not sent again.")]
    private static partial void LogFoundEarlier(ILogger logger, Guid idempotencyKey, AcsSendStatus status);
}
