using Microsoft.Extensions.Options;

namespace Intake.Functions.RateLimits;

/// <summary>One limit: at most <see cref="PermitLimit"/> requests at once from one client, refilled evenly over
/// <see cref="Window"/> (a token bucket: a burst of PermitLimit, then one more every Window / PermitLimit).
/// <see cref="PermitLimit"/> 0 switches the limit off.</summary>
internal sealed class RateLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }

    public bool IsOff => PermitLimit == 0;

    /// <summary>How long one more request takes to become allowed again.</summary>
    public TimeSpan RefillPeriod => Window / PermitLimit;
}

/// <summary>
/// Configuration section <c>RateLimits</c>: how many requests one client (one address; IPv6 by its /64) may make.
/// The defaults are set so that a school class or a workplace behind one address does not reach them (docs/decisions/0011).
/// </summary>
internal sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>
    /// The request header that holds the client's address, set by the platform in front (its rightmost value is used:
    /// the one the nearest proxy wrote). Empty: the connection's own address (standalone); under the Functions host
    /// the worker uses X-Forwarded-For, which the host sets to the address it received the request from.
    /// </summary>
    public string? ClientAddressHeader { get; set; }

    /// <summary>The three submissions (API) and the form pages' own posts.</summary>
    public RateLimit Submissions { get; set; } = new() { PermitLimit = 100, Window = TimeSpan.FromMinutes(10) };

    /// <summary><c>POST /api/chat/token</c>: each one spends a Direct Line token call made with the municipality's secret.</summary>
    public RateLimit ChatToken { get; set; } = new() { PermitLimit = 50, Window = TimeSpan.FromMinutes(10) };

    /// <summary>The pages themselves (GET and HEAD), the OpenAPI document, and (standalone) addresses no function serves.</summary>
    public RateLimit Pages { get; set; } = new() { PermitLimit = 1000, Window = TimeSpan.FromMinutes(1) };

    public RateLimit For(RateLimitPolicy policy) => policy switch
    {
        RateLimitPolicy.Submissions => Submissions,
        RateLimitPolicy.ChatToken => ChatToken,
        RateLimitPolicy.Pages => Pages,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "No limit for this policy."),
    };
}

/// <summary>Refuses to start with a limit that cannot work (negative, a window under a second or over a day, more
/// than a million) or a header name that is not one.</summary>
internal sealed class RateLimitOptionsValidation : IValidateOptions<RateLimitOptions>
{
    public const int MaxPermitLimit = 1_000_000;

    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        var wrong = new List<string>();
        foreach (var policy in new[] { RateLimitPolicy.Submissions, RateLimitPolicy.ChatToken, RateLimitPolicy.Pages })
        {
            var limit = options.For(policy);
            var key = $"{RateLimitOptions.SectionName}:{policy}";
            if (limit.PermitLimit is < 0 or > MaxPermitLimit)
            {
                wrong.Add($"{key}:PermitLimit is {limit.PermitLimit}: it must be 0 (no limit) to {MaxPermitLimit}.");
            }

            if (limit.Window < TimeSpan.FromSeconds(1) || limit.Window > TimeSpan.FromDays(1))
            {
                wrong.Add($"{key}:Window is {limit.Window}: it must be from 00:00:01 to 1.00:00:00.");
            }
        }

        if (!string.IsNullOrEmpty(options.ClientAddressHeader) && !options.ClientAddressHeader.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            wrong.Add($"{RateLimitOptions.SectionName}:ClientAddressHeader '{options.ClientAddressHeader}' is not a header name (letters, digits and -).");
        }

        return wrong.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(wrong);
    }
}
