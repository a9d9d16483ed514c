namespace Intake.Functions.Storage;

/// <summary>Splits a URI query ("?a=1&amp;b=2") into decoded name/value pairs for request signing.</summary>
internal static class StorageQuery
{
    public static IEnumerable<(string Name, string Value)> Parse(string query)
    {
        foreach (string pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            string name = equals < 0 ? pair : pair[..equals];
            string value = equals < 0 ? string.Empty : pair[(equals + 1)..];
            yield return (Uri.UnescapeDataString(name), Uri.UnescapeDataString(value));
        }
    }
}
