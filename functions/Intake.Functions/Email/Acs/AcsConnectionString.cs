using Azure;

namespace Intake.Functions.Email.Acs;

/// <summary>
/// Parses "endpoint=https://x.communication.azure.com/;accesskey=BASE64". Error messages name settings, never
/// values, so a mistyped string cannot leak its key into a log.
/// </summary>
internal static class AcsConnectionString
{
    public static (Uri Endpoint, AzureKeyCredential AccessKey) Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        string? endpoint = null;
        string? accessKey = null;
        foreach (string segment in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int equals = segment.IndexOf('=', StringComparison.Ordinal);
            string name = equals > 0 ? segment[..equals].Trim() : string.Empty;
            string value = segment[(equals + 1)..].Trim();
            if (name.Equals("endpoint", StringComparison.OrdinalIgnoreCase) && endpoint is null)
            {
                endpoint = value;
            }
            else if (name.Equals("accesskey", StringComparison.OrdinalIgnoreCase) && accessKey is null)
            {
                accessKey = value;
            }
            else
            {
                // Not even the name: a segment without '=' may be a pasted key.
                throw Invalid("only one endpoint=… and one accesskey=… are allowed, each as name=value.");
            }
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw Invalid("endpoint is missing or not an absolute http(s) URI.");
        }

        if (string.IsNullOrEmpty(accessKey) || !Convert.TryFromBase64String(accessKey, new byte[accessKey.Length], out _))
        {
            throw Invalid("accesskey is missing or not valid base64.");
        }

        return (uri, new AzureKeyCredential(accessKey));
    }

    private static FormatException Invalid(string reason) => new($"Invalid ACS connection string: {reason}");
}
