using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>
/// Counts the requests the in-process app started and finished (a middleware in front of its whole pipeline), so that
/// a test can wait for the event "every request it started has finished" before it looks at what was stored.
/// </summary>
internal sealed class InFlightRequests
{
    private long started;
    private long finished;

    public long Started => Interlocked.Read(ref started);

    public long Finished => Interlocked.Read(ref finished);

    /// <summary>Registers the counting middleware (pass it to the app's <c>configureServices</c>).</summary>
    public void AddTo(IServiceCollection services) => services.AddSingleton<IStartupFilter>(new Filter(this));

    /// <summary>Until every request the app started has finished (its answer written and the pipeline returned).</summary>
    public Task<bool> IdleAsync(TimeSpan within) => TestStorage.EventuallyAsync(() => Task.FromResult(Started == Finished), within);

    private sealed class Filter(InFlightRequests owner) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                Interlocked.Increment(ref owner.started);
                try
                {
                    await nextMiddleware(context);
                }
                finally
                {
                    Interlocked.Increment(ref owner.finished);
                }
            });
            next(app);
        };
    }
}
