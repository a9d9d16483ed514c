using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;

namespace Intake.Functions.Storage;

/// <summary>
/// Registers the storage SDK clients from the settings the Functions host itself reads, so one setting serves the
/// host's queue trigger and the app: <c>AzureWebJobsStorage</c> as a connection string (Azurite:
/// <c>UseDevelopmentStorage=true</c>), or identity-based <c>AzureWebJobsStorage__tableServiceUri</c>,
/// <c>__queueServiceUri</c>, <c>__credential</c> (<c>managedidentity</c>) and <c>__clientId</c> (a user-assigned
/// managed identity), with no secret at all.
/// </summary>
internal static class StorageConnection
{
    public const string SettingName = "AzureWebJobsStorage";

    public static IServiceCollection AddStorageClients(this IServiceCollection services)
    {
        services.AddAzureClients(azure =>
        {
            azure.AddClient<TableServiceClient, TableClientOptions>((options, credential, sp) =>
                CreateTableServiceClient(sp.GetRequiredService<IConfiguration>(), options, credential));
            azure.AddClient<QueueServiceClient, QueueClientOptions>((options, credential, sp) =>
                CreateQueueServiceClient(sp.GetRequiredService<IConfiguration>(), options, credential));
            azure.UseCredential(sp => CreateCredential(sp.GetRequiredService<IConfiguration>().GetSection(SettingName)));
            azure.ConfigureDefaults(options => StorageClientDefaults.ApplyRetryDefaults(options.Retry));
        });

        // The queue trigger decodes base64 by default (host.json: messageEncoding), so the app writes base64 too.
        services.Configure<QueueClientOptions>("Default", options =>
        {
            options.MessageEncoding = QueueMessageEncoding.Base64;
            options.MessageDecodingFailed += PoisonQueue.OnDecodingFailedAsync;
        });
        return services;
    }

    public static TableServiceClient CreateTableServiceClient(IConfiguration configuration, TableClientOptions options, TokenCredential credential)
    {
        var (connectionString, section) = Read(configuration);
        return connectionString is not null
            ? new TableServiceClient(connectionString, options)
            : new TableServiceClient(ServiceUri(section, "tableServiceUri"), credential, options);
    }

    public static QueueServiceClient CreateQueueServiceClient(IConfiguration configuration, QueueClientOptions options, TokenCredential credential)
    {
        var (connectionString, section) = Read(configuration);
        return connectionString is not null
            ? new QueueServiceClient(connectionString, options)
            : new QueueServiceClient(ServiceUri(section, "queueServiceUri"), credential, options);
    }

    /// <summary>What the host reads: <c>credential</c> = <c>managedidentity</c> (with <c>clientId</c> for a user-assigned
    /// identity); without it the developer's own sign-in (Azure CLI, Visual Studio, environment).</summary>
    public static TokenCredential CreateCredential(IConfigurationSection section)
    {
        var clientId = section["clientId"];
        var kind = section["credential"];
        if (string.Equals(kind, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return string.IsNullOrWhiteSpace(clientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        }

        return string.IsNullOrWhiteSpace(clientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
    }

    /// <summary>Throws, naming the settings, when neither form is configured (checked at start).</summary>
    public static void Validate(IConfiguration configuration)
    {
        var (connectionString, section) = Read(configuration);
        if (connectionString is null)
        {
            _ = ServiceUri(section, "tableServiceUri");
            _ = ServiceUri(section, "queueServiceUri");
        }
    }

    private static (string? ConnectionString, IConfigurationSection Section) Read(IConfiguration configuration)
    {
        var value = configuration[SettingName];
        return (string.IsNullOrWhiteSpace(value) ? null : value, configuration.GetSection(SettingName));
    }

    private static Uri ServiceUri(IConfigurationSection section, string key)
    {
        var value = section[key];
        if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidOperationException(
                $"No storage configured: set {SettingName} to a connection string (UseDevelopmentStorage=true for Azurite), " +
                $"or set {SettingName}__tableServiceUri and {SettingName}__queueServiceUri (absolute https URIs) to use Entra ID.");
        }

        return uri;
    }
}
