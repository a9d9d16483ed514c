using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;

namespace Intake.Functions.Functions;

/// <summary>How a function is triggered, as its attribute declares it.</summary>
internal abstract record FunctionTrigger;

/// <summary>An HTTP function: its route (no prefix: host.json sets <c>routePrefix</c> to "") and methods, upper case.</summary>
internal sealed record HttpFunctionTrigger(string Route, IReadOnlyList<string> Methods) : FunctionTrigger;

/// <summary>A queue function: the queue name as an app-setting expression (<c>%Storage:IntakeQueue%</c>) and its connection.</summary>
internal sealed record QueueFunctionTrigger(string QueueName, string Connection) : FunctionTrigger;

/// <summary>A timer function: its NCRONTAB schedule as an app-setting expression (<c>%Redrive:Schedule%</c>).</summary>
internal sealed record TimerFunctionTrigger(string Schedule) : FunctionTrigger;

/// <summary>One function: its name, the method the host (or the standalone host) invokes, and its trigger.</summary>
internal sealed record IntakeFunction(string Name, MethodInfo Method, FunctionTrigger Trigger)
{
    /// <summary>The Functions host's own switch, honoured in standalone mode too: <c>AzureWebJobs.&lt;Name&gt;.Disabled</c>.</summary>
    public bool IsDisabled(IConfiguration configuration) =>
        string.Equals(configuration[$"AzureWebJobs.{Name}.Disabled"], "true", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The one list of functions: every <see cref="FunctionAttribute"/> method of this assembly. The Worker SDK writes
/// <c>functions.metadata</c> from the same attributes at build time, and the standalone host maps its routes, polls
/// its queues and runs its timers from this list, so a function cannot exist in one mode and not the other.
/// </summary>
internal static partial class FunctionCatalog
{
    public static IReadOnlyList<IntakeFunction> All { get; } = Discover(typeof(FunctionCatalog).Assembly);

    public static IntakeFunction Get(string name) => All.Single(f => f.Name == name);

    public static IReadOnlyList<IntakeFunction> Discover(Assembly assembly) =>
        [.. assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<FunctionAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => new IntakeFunction(x.Attribute!.Name, x.Method, TriggerOf(x.Method)))
            .OrderBy(f => f.Name, StringComparer.Ordinal)];

    /// <summary>An app-setting expression (<c>%Section:Key%</c>) resolved as the host resolves it; a plain value as it is.</summary>
    /// <exception cref="InvalidOperationException">The setting is missing: the host would refuse to index the function.</exception>
    public static string Resolve(string expression, IConfiguration configuration) => Setting().Replace(expression, match =>
        configuration[match.Groups[1].Value] is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"The app setting {match.Groups[1].Value} (environment variable {match.Groups[1].Value.Replace(":", "__", StringComparison.Ordinal)}) is required: a function's trigger names it."));

    private static FunctionTrigger TriggerOf(MethodInfo method)
    {
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.GetCustomAttribute<HttpTriggerAttribute>() is { } http)
            {
                return new HttpFunctionTrigger(http.Route ?? string.Empty, [.. (http.Methods ?? []).Select(m => m.ToUpperInvariant())]);
            }

            if (parameter.GetCustomAttribute<QueueTriggerAttribute>() is { } queue)
            {
                return new QueueFunctionTrigger(queue.QueueName, queue.Connection ?? "AzureWebJobsStorage");
            }

            if (parameter.GetCustomAttribute<TimerTriggerAttribute>() is { } timer)
            {
                return new TimerFunctionTrigger(timer.Schedule);
            }
        }

        throw new InvalidOperationException($"Function {method.DeclaringType?.Name}.{method.Name} has no trigger this app knows.");
    }

    [GeneratedRegex("%([^%]+)%", RegexOptions.CultureInvariant)]
    private static partial Regex Setting();
}
