using System.Buffers.Binary;
using System.Net;
using System.Security.Cryptography;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Intake.Functions.RateLimits;

/// <summary>
/// The per-client limits, one instance and one code path for both hosts: the standalone host's middleware and the
/// worker's middleware ask it before a function runs. A client is a keyed hash of its address (the key is made at
/// start and never leaves memory), so the limiter's table holds no address; nothing about the client is logged.
/// Over its limit, a client gets 429 with Retry-After, as a page for the pages and a problem for the API.
/// </summary>
internal sealed class RateLimitGate : IDisposable
{
    private readonly RateLimitOptions options;
    private readonly RateLimitLog log;
    private readonly PartitionedRateLimiter<Partition> limiter;
    private readonly byte[] hashKey = RandomNumberGenerator.GetBytes(32);

    public RateLimitGate(IOptions<RateLimitOptions> options, RateLimitLog log)
    {
        this.options = options.Value;
        this.log = log;
        limiter = PartitionedRateLimiter.Create<Partition, Partition>(p => RateLimitPartition.GetTokenBucketLimiter(p, k => Bucket(this.options.For(k.Policy))));
    }

    /// <summary>True when the request may go on; otherwise the 429 has been written.</summary>
    public async Task<bool> AdmitAsync(HttpContext context, string? functionName)
    {
        var policy = RateLimitPolicies.For(functionName, context.Request.Method);
        if (policy == RateLimitPolicy.None || options.For(policy).IsOff)
        {
            return true;
        }

        if (ClientAddress.Of(context, options.ClientAddressHeader) is not { } address)
        {
            // Only when the platform did not say who sent it: counting every such request as one client would let one
            // sender stop everyone; not counting them is the lesser harm, and it is logged.
            log.NoClientAddress(policy);
            return true;
        }

        using var lease = limiter.AttemptAcquire(new Partition(policy, Client(address)));
        if (lease.IsAcquired)
        {
            return true;
        }

        log.Refused(policy);
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        await TooManyRequests.WriteAsync(context, functionName, retryAfter, context.RequestAborted);
        return false;
    }

    public void Dispose() => limiter.Dispose();

    private UInt128 Client(IPAddress address)
    {
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(hashKey, ClientAddress.PartitionBytes(address), hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    /// <summary>A burst of PermitLimit, refilled evenly over the window: one token per refill period, or (under a
    /// second) the tokens of a second every second, since the limiter refills on a timer of its own.</summary>
    internal static TokenBucketRateLimiterOptions Bucket(RateLimit limit)
    {
        var perSecond = limit.RefillPeriod < TimeSpan.FromSeconds(1);
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit.PermitLimit,
            TokensPerPeriod = perSecond ? (int)Math.Ceiling(limit.PermitLimit / limit.Window.TotalSeconds) : 1,
            ReplenishmentPeriod = perSecond ? TimeSpan.FromSeconds(1) : limit.RefillPeriod,
            QueueLimit = 0,
            AutoReplenishment = false,
        };
    }

    private readonly record struct Partition(RateLimitPolicy Policy, UInt128 Client);
}
