using Azure.Core;
using Azure.Identity;
using Intake.Bot.Auth;
using Intake.Bot.Connector;
using Intake.Bot.Dialogs;
using Intake.Bot.Messaging;
using Intake.Bot.SelfTests;
using Intake.Core.Localization;
using Intake.Core.Scheduling;
using Intake.Functions.Email.Templates;
using Intake.Functions.Functions;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Bot;

/// <summary>Configuration section <c>Bot</c>: how the bot gets its outbound token.</summary>
internal sealed class BotCredentialOptions
{
    public const string SectionName = "Bot";

    /// <summary>Client secret of the bot's app registration (a secret: Key Vault in Azure).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Client id of a user-assigned managed identity (bot type UserAssignedMSI).</summary>
    public string? ManagedIdentityClientId { get; set; }
}

internal static class BotExtensions
{
    public static IServiceCollection AddBot(this IServiceCollection services)
    {
        services.AddOptions<BotAuthOptions>().BindConfiguration(BotAuthOptions.SectionName)
            .Validate(o => o.AllowUnauthenticatedLocalDevelopment || !string.IsNullOrWhiteSpace(o.AppId),
                "BotAuth:AppId is required (or BotAuth:AllowUnauthenticatedLocalDevelopment=true, for local development only).")
            .Validate(o => o.MetadataRefreshInterval >= TimeSpan.FromSeconds(1) && o.MetadataAutomaticRefreshInterval >= o.MetadataRefreshInterval,
                "BotAuth:MetadataRefreshInterval must be at least a second, and BotAuth:MetadataAutomaticRefreshInterval at least as long.")
            .ValidateOnStart();
        services.AddOptions<BotCredentialOptions>().BindConfiguration(BotCredentialOptions.SectionName);
        services.AddOptions<ChatOptions>().BindConfiguration(ChatOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ChatOptions>, ChatOptionsValidation>();
        services.AddSingleton(sp => new BotAuthenticator(sp.GetRequiredService<IOptions<BotAuthOptions>>().Value, sp.GetRequiredService<ILogger<BotAuthenticator>>()));
        services.AddSingleton<IBotTokenProvider>(sp =>
        {
            var auth = sp.GetRequiredService<IOptions<BotAuthOptions>>().Value;
            var credentials = sp.GetRequiredService<IOptions<BotCredentialOptions>>().Value;
            TokenCredential? credential = !string.IsNullOrWhiteSpace(credentials.ManagedIdentityClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(credentials.ManagedIdentityClientId))
                : !string.IsNullOrWhiteSpace(credentials.ClientSecret) && !string.IsNullOrWhiteSpace(auth.TenantId)
                    ? new ClientSecretCredential(auth.TenantId, auth.AppId, credentials.ClientSecret)
                    : null;
            return credential is null ? NullBotTokenProvider.Instance : new CredentialBotTokenProvider(credential);
        });
        services.AddSingleton(sp => new ConnectorClient(sp.GetRequiredService<IBotTokenProvider>()));
        services.AddSingleton<BotRequestHandler>();
        services.AddSingleton<ISubmissionPort, BotSubmissionPort>();
        services.AddOptions<SelfTestOptions>().BindConfiguration(SelfTestOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SelfTestOptions>, SelfTestOptionsValidation>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SelfTestOptions>>().Value.ToLimits());
        services.AddSingleton(sp =>
        {
            var contact = sp.GetRequiredService<IOptions<ContactOptions>>().Value;
            var kundcenter = new WorkingCalendar(
                new OfficeHours(TimeOnly.FromTimeSpan(contact.KundcenterOpens), TimeOnly.FromTimeSpan(contact.KundcenterCloses)), WorkingCalendar.Stockholm);
            return new DialogSettings(sp.GetRequiredService<TimeProvider>(), kundcenter, sp.GetRequiredService<SelfTestLimits>(), sp.GetRequiredService<MunicipalFacts>());
        });
        services.AddSingleton(sp => new DialogEngine(sp.GetRequiredService<ISubmissionPort>(), sp.GetRequiredService<DialogSettings>(), sp.GetRequiredService<ILogger<DialogEngine>>()));
        services.AddSingleton<ConversationStore>();
        services.AddOptions<ConversationRetentionOptions>().BindConfiguration(ConversationRetentionOptions.SectionName)
            .Validate(o => o.ConversationRetention > TimeSpan.Zero, "Bot:ConversationRetention must be positive.")
            .ValidateOnStart();
        services.AddOptions<PurgeConversationsOptions>().BindConfiguration(PurgeConversationsOptions.SectionName)
            .Validate(o => o.MaxPerRun >= 1, "PurgeConversations:MaxPerRun must be at least 1.")
            .ValidateSchedule($"{PurgeConversationsOptions.SectionName}:{nameof(PurgeConversationsOptions.Schedule)}", o => o.Schedule)
            .ValidateOnStart();
        services.AddSingleton<ITimerFunction, PurgeConversationsFunction>();
        services.AddSingleton<BotTurnRunner>();
        return services;
    }
}

/// <summary>Refuses to start with limits that do not rise within each test's scale (AUDIT 0–40, DUDIT 0–44, PGSI
/// 0–27) or with two AUDIT profiles of one name.</summary>
internal sealed class SelfTestOptionsValidation : IValidateOptions<SelfTestOptions>
{
    public ValidateOptionsResult Validate(string? name, SelfTestOptions options)
    {
        try
        {
            _ = options.ToLimits();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail($"{SelfTestOptions.SectionName}: {ex.Message}");
        }
    }
}
