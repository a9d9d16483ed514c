using Azure.Core;
using Azure.Identity;

namespace Intake.Functions.Storage;

/// <summary>
/// Finds the storage account the way the Functions host does: the app setting <c>AzureWebJobsStorage</c> holds a
/// connection string (Azurite: <c>UseDevelopmentStorage=true</c>), or identity-based settings
/// <c>AzureWebJobsStorage__tableServiceUri</c>, <c>__queueServiceUri</c> and optionally <c>__clientId</c> (a
/// user-assigned managed identity) select Entra ID with no secret at all.
/// </summary>
internal static class StorageConnection
{
    public const string SettingName = "AzureWebJobsStorage";

    public static StorageAccount Resolve(IConfiguration configuration)
    {
        var connectionString = configuration[SettingName];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return StorageAccount.Parse(connectionString);
        }

        var section = configuration.GetSection(SettingName);
        var tableUri = section["tableServiceUri"];
        var queueUri = section["queueServiceUri"];
        if (string.IsNullOrWhiteSpace(tableUri) || string.IsNullOrWhiteSpace(queueUri))
        {
            throw new InvalidOperationException(
                $"No storage configured: set {SettingName} to a connection string (UseDevelopmentStorage=true for Azurite), " +
                $"or set {SettingName}__tableServiceUri and {SettingName}__queueServiceUri to use Entra ID.");
        }

        var clientId = section["clientId"];
        TokenCredential credential = string.IsNullOrWhiteSpace(clientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        return StorageAccount.FromServiceUris(new Uri(tableUri), new Uri(queueUri), credential);
    }
}
