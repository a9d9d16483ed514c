using Intake.Functions.Bot;
using Intake.Functions.Email;
using Intake.Functions.Functions;
using Intake.Functions.Json;
using Intake.Functions.Localization;
using Intake.Functions.Pages;
using Intake.Functions.RateLimits;
using Intake.Functions.Security;
using Intake.Functions.Staff;
using Intake.Functions.Storage;

namespace Intake.Functions.Hosting;

internal static class IntakeServices
{
    /// <summary>Everything the functions' handlers need, the same under the Functions host and standalone.</summary>
    public static IServiceCollection AddIntake(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, IntakeJsonContext.Default));
        services.AddProblemDetails();
        services.AddMunicipalFacts();
        services.AddIntakeStorage();
        services.AddSubmissionFlow();
        services.AddEmail();
        services.AddBot();
        services.AddSecurityHeaders();
        services.AddPages();
        services.AddRateLimits();
        services.AddStaffAuthentication();
        return services;
    }
}
