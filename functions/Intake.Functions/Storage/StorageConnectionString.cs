namespace Intake.Functions.Storage;

/// <summary>
/// Parses "Key=Value;..." storage connection strings. Error messages name settings, never values,
/// so a mistyped string cannot leak its key into a log.
/// </summary>
internal static class StorageConnectionString
{
    internal const string DevelopmentAccountName = "devstoreaccount1";
    internal const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly string[] KnownSettings =
    [
        "UseDevelopmentStorage", "DefaultEndpointsProtocol", "AccountName", "AccountKey", "EndpointSuffix",
        "BlobEndpoint", "QueueEndpoint", "TableEndpoint", "FileEndpoint",
    ];

    public static (string AccountName, StorageSharedKeyCredential Credential, Uri Table, Uri Queue) Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        Dictionary<string, string> settings = Split(connectionString);
        if (settings.TryGetValue("UseDevelopmentStorage", out string? development))
        {
            if (!development.Equals("true", StringComparison.OrdinalIgnoreCase) || settings.Count > 1)
            {
                throw Invalid("UseDevelopmentStorage must be 'true' and stand alone.");
            }

            return (DevelopmentAccountName, new StorageSharedKeyCredential(DevelopmentAccountName, DevelopmentAccountKey),
                new Uri($"http://127.0.0.1:10002/{DevelopmentAccountName}"),
                new Uri($"http://127.0.0.1:10001/{DevelopmentAccountName}"));
        }

        string accountName = Required(settings, "AccountName");
        string accountKey = Required(settings, "AccountKey");
        if (!Convert.TryFromBase64String(accountKey, new byte[accountKey.Length], out _))
        {
            throw Invalid("AccountKey is not valid base64.");
        }

        string protocol = settings.GetValueOrDefault("DefaultEndpointsProtocol", "https").ToLowerInvariant();
        if (protocol is not ("https" or "http"))
        {
            throw Invalid("DefaultEndpointsProtocol must be 'https' or 'http'.");
        }

        string suffix = settings.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        return (accountName, new StorageSharedKeyCredential(accountName, accountKey),
            Endpoint(settings, "TableEndpoint", $"{protocol}://{accountName}.table.{suffix}"),
            Endpoint(settings, "QueueEndpoint", $"{protocol}://{accountName}.queue.{suffix}"));
    }

    private static Dictionary<string, string> Split(string connectionString)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string segment in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int equals = segment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw Invalid("every setting must have the form Name=Value.");
            }

            string name = segment[..equals].Trim();
            if (!KnownSettings.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                // The name is safe to show only if it is a plain word; anything else may be a pasted secret.
                throw Invalid(TableNaming.IsIdentifier(name) && name.Length <= 40
                    ? $"unsupported setting '{name}' (SAS and proxy settings are not supported)."
                    : "it contains an unsupported setting.");
            }

            if (!settings.TryAdd(name, segment[(equals + 1)..].Trim()))
            {
                throw Invalid($"setting '{name}' appears twice.");
            }
        }

        return settings.Count > 0 ? settings : throw Invalid("it is empty.");
    }

    private static string Required(Dictionary<string, string> settings, string name) =>
        settings.TryGetValue(name, out string? value) && value.Length > 0 ? value : throw Invalid($"{name} is missing.");

    private static Uri Endpoint(Dictionary<string, string> settings, string name, string derived)
    {
        string text = settings.GetValueOrDefault(name, derived);
        return Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? StorageClientDefaults.NormalizeEndpoint(uri)
            : throw Invalid($"{name} is not an absolute http(s) URI.");
    }

    private static FormatException Invalid(string reason) => new($"Invalid storage connection string: {reason}");
}
