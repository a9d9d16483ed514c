using Intake.Functions.Functions;

namespace Intake.Functions.Hosting.Worker;

/// <summary>
/// The host resolves the triggers' <c>%Setting%</c> expressions from the app settings alone (not from the worker's
/// appsettings.json): a setting missing there leaves a function unindexed and silent. The worker refuses to start,
/// naming each one, so the deployment's mistake shows at once.
/// </summary>
internal static class FunctionSettings
{
    /// <summary>Every trigger setting missing from <paramref name="appSettings"/> (the environment, as the host sees it).</summary>
    public static IReadOnlyList<string> Missing(IConfiguration appSettings)
    {
        var problems = new List<string>();
        foreach (var function in FunctionCatalog.All)
        {
            var expression = function.Trigger switch
            {
                QueueFunctionTrigger q => q.QueueName,
                TimerFunctionTrigger t => t.Schedule,
                _ => null,
            };
            try
            {
                if (expression is not null)
                {
                    FunctionCatalog.Resolve(expression, appSettings);
                }
            }
            catch (InvalidOperationException ex)
            {
                problems.Add($"{function.Name}: {ex.Message}");
            }
        }

        return problems;
    }

    public static void EnsurePresent(IConfiguration appSettings)
    {
        var missing = Missing(appSettings);
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("Settings the Functions host needs are missing:\n" + string.Join("\n", missing));
        }
    }
}
