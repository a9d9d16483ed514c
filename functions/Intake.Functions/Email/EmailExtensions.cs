using Intake.Functions.Email.Templates;
using Intake.Functions.Functions;
using Intake.Functions.Localization;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Email;

internal static class EmailExtensions
{
    /// <summary>The sender chosen by <c>Email:Sender</c>, the acknowledgement and the team notice functions.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.SectionName)
            .PostConfigure<IOptions<MunicipalFactsOptions>>((o, facts) =>
            {
                // Unset, the sender is the municipality, by its name in configuration section Municipality.
                if (string.IsNullOrWhiteSpace(o.FromDisplayName) && facts.Value.Values.TryGetValue("Municipality", out var municipality))
                {
                    o.FromDisplayName = municipality.Swedish;
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmailOptions>, EmailOptionsValidation>();
        services.AddOptions<ContactOptions>().BindConfiguration(ContactOptions.SectionName);
        services.AddSingleton<IEmailSender>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EmailOptions>>().Value;
            return options.Sender switch
            {
                EmailSenderKind.PickupFolder => new PickupFolderEmailSender(options),
                EmailSenderKind.Smtp => new SmtpEmailSender(options),
                EmailSenderKind.Acs => AcsEmailSender.Create(options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<AcsEmailSender>>()),
                _ => throw new InvalidOperationException(string.Join(" ", options.Problems())),
            };
        });
        services.AddSingleton<OnceOnlyEmail>();
        services.AddSingleton<IQueueFunction, SendAcknowledgementFunction>();
        services.AddSingleton<IQueueFunction, NotifyTeamFunction>();

        services.AddHostedService<EmailSenderLogger>();
        return services;
    }
}

/// <summary>Refuses to start with every e-mail setting that is missing or wrong, each named.</summary>
internal sealed class EmailOptionsValidation(IHostEnvironment environment) : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var problems = options.Problems().ToList();
        if (Hosting.PublicAddresses.Problem(environment, "Email:StaffInboxUrl", options.StaffInboxUrl) is { } staffInbox)
        {
            problems.Add(staffInbox);
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

/// <summary>Says at start which sender is in use.</summary>
internal sealed partial class EmailSenderLogger(IServiceProvider services, ILogger<EmailSenderLogger> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var sender = services.GetRequiredService<IEmailSender>();
        LogSender(logger, sender.Name);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "E-mail sender: {Sender}.")]
    private static partial void LogSender(ILogger logger, string sender);
}
