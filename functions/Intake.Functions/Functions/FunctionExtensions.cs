using Intake.Core.Routing;
using Intake.Functions.Redrive;
using Intake.Functions.Submissions;
using Intake.Functions.Tickets;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Functions;

internal static class FunctionExtensions
{
    /// <summary>The submission flow: accept (HTTP), route (queue), redrive (timer).</summary>
    public static IServiceCollection AddSubmissionFlow(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<RoutingOptions>().BindConfiguration(RoutingOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RoutingOptions>, RoutingOptionsValidation>();
        services.AddOptions<RedriveOptions>().BindConfiguration(RedriveOptions.SectionName)
            .ValidateSchedule($"{RedriveOptions.SectionName}:{nameof(RedriveOptions.Schedule)}", o => o.Schedule)
            .ValidateOnStart();
        services.AddSingleton<SubmissionService>();
        services.AddSingleton<IQueueFunction, RouteSubmissionFunction>();
        services.AddSingleton<ITimerFunction, RedriveFunction>();
        return services;
    }

    private sealed class RoutingOptionsValidation : IValidateOptions<RoutingOptions>
    {
        public ValidateOptionsResult Validate(string? name, RoutingOptions options)
        {
            var problems = RoutingOptionsValidator.Validate(options);
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
