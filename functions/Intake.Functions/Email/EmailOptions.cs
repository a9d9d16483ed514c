namespace Intake.Functions.Email;

internal enum EmailSenderKind
{
    /// <summary>No choice made: the app refuses to start rather than guess.</summary>
    Unset,
    Acs,
    Smtp,
    PickupFolder,
}

/// <summary>Configuration section <c>Email</c>. The sender is chosen explicitly and logged at start.</summary>
internal sealed class EmailOptions
{
    public const string SectionName = "Email";

    public EmailSenderKind Sender { get; set; }

    public string FromAddress { get; set; } = string.Empty;

    /// <summary>The sender's name; empty: the municipality's Swedish name (<c>Municipality:Municipality</c>).</summary>
    public string FromDisplayName { get; set; } = string.Empty;

    /// <summary>PickupFolder: where .eml files are written (relative paths are relative to the working directory).</summary>
    public string PickupDirectory { get; set; } = ".run/mail";

    /// <summary>Acs: <c>endpoint=https://…;accesskey=…</c> (a secret: Key Vault reference in Azure), or leave it empty and
    /// set <see cref="AcsEndpoint"/> to use the app's managed identity.</summary>
    public string? AcsConnectionString { get; set; }

    public Uri? AcsEndpoint { get; set; }

    /// <summary>Acs with Entra ID: client id of a user-assigned managed identity (empty: DefaultAzureCredential).</summary>
    public string? AcsClientId { get; set; }

    /// <summary>How long to wait for ACS to finish an accepted send before the message is treated as handed over.</summary>
    public TimeSpan AcsCompletionWait { get; set; } = TimeSpan.FromSeconds(30);

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 25;

    public bool SmtpEnableSsl { get; set; } = true;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>A send attempt is claimed for this long (longer than one send, ACS's completion wait included); another
    /// delivery of the same e-mail waits for the claim to end before it looks again.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Base address of the staff inbox, for the link in team notices (no default: in Production, the public
    /// https address; see <see cref="Hosting.PublicAddresses"/>).</summary>
    public Uri? StaffInboxUrl { get; set; }

    public IEnumerable<string> Problems()
    {
        if (Sender == EmailSenderKind.Unset)
        {
            yield return "Email:Sender is not set: choose Acs, Smtp or PickupFolder.";
        }

        if (!Core.Submissions.EmailAddress.TryNormalize(FromAddress, out _))
        {
            yield return "Email:FromAddress must be one plain e-mail address.";
        }

        if (Sender == EmailSenderKind.Acs && string.IsNullOrWhiteSpace(AcsConnectionString) && AcsEndpoint is null)
        {
            yield return "Email:Sender is Acs: set Email:AcsConnectionString, or Email:AcsEndpoint for managed identity.";
        }

        if (StaffInboxUrl is not { IsAbsoluteUri: true })
        {
            yield return "Email:StaffInboxUrl must be set: the absolute address of the staff inbox, linked in team notices.";
        }

        if (Sender == EmailSenderKind.Smtp && string.IsNullOrWhiteSpace(SmtpHost))
        {
            yield return "Email:Sender is Smtp: set Email:SmtpHost.";
        }
    }
}
