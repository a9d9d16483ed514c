using Intake.Core.Localization;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Localization;

/// <summary>Configuration section <c>Municipality</c> as read, before it is checked.</summary>
internal sealed class MunicipalFactsOptions
{
    public IReadOnlyDictionary<string, LocalizedText> Values { get; set; } = new Dictionary<string, LocalizedText>();

    /// <summary>What was wrong in reading the section (a fact given both as one value and per language).</summary>
    public List<string> ReadProblems { get; } = [];
}

internal static class MunicipalFactsExtensions
{
    /// <summary>The municipality's facts (<see cref="MunicipalFacts"/>), checked at start: a missing or empty fact stops
    /// the app, naming the setting.</summary>
    public static IServiceCollection AddMunicipalFacts(this IServiceCollection services)
    {
        services.AddOptions<MunicipalFactsOptions>()
            .Configure<IConfiguration>((o, configuration) =>
                o.Values = MunicipalFacts.FromSettings(configuration.GetSection(MunicipalFacts.SectionName).AsEnumerable(makePathsRelative: true), o.ReadProblems))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<MunicipalFactsOptions>, MunicipalFactsValidation>();
        services.AddSingleton(sp => new MunicipalFacts(sp.GetRequiredService<IOptions<MunicipalFactsOptions>>().Value.Values));
        return services;
    }

    private sealed class MunicipalFactsValidation : IValidateOptions<MunicipalFactsOptions>
    {
        public ValidateOptionsResult Validate(string? name, MunicipalFactsOptions options)
        {
            var problems = options.ReadProblems.Concat(MunicipalFacts.Problems(options.Values)).ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
