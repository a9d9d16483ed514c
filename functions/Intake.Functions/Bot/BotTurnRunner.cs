using System.Text.Json;
using Intake.Bot.Dialogs;
using Intake.Bot.Protocol;
using Intake.Core.Localization;

namespace Intake.Functions.Bot;

/// <summary>
/// Runs one turn for an authenticated activity: claims the activity id on the conversation first (so a redelivered
/// or concurrent copy does nothing — never a second submission), then runs the dialog and saves what it changed.
/// On an unexpected error the bot apologises; what the person already told it stays stored.
/// </summary>
internal sealed partial class BotTurnRunner(ConversationStore store, DialogEngine engine, MunicipalFacts facts, ILogger<BotTurnRunner> logger)
{
    private const int MaxConflicts = 5;

    public async ValueTask<IReadOnlyList<Activity>> RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Conversation?.Id is not { } conversationId || !(activity.Type == ActivityTypes.Message || IsSomeoneJoining(activity)))
        {
            return [];  // Others, and a conversationUpdate without members (offline-directline): greet on the first message.
        }

        var channel = activity.ChannelId ?? "unknown";
        for (var conflict = 1; conflict <= MaxConflicts; conflict++)
        {
            var loaded = await store.LoadAsync(channel, conversationId, cancellationToken);
            if (activity.Id is { } id && loaded.ActivityIds.Contains(id))
            {
                LogReplay(logger, channel);
                return [];
            }

            if (!loaded.State.Greeted && loaded.ActivityIds.Count == 0)
            {
                loaded.State.Language = Languages.FromCode(activity.Locale);
            }

            if (activity.Id is { } claim)
            {
                loaded.ActivityIds.Add(claim);
                var etag = await store.TrySaveAsync(loaded, cancellationToken);
                if (etag is null)
                {
                    continue;  // Another turn wrote first: look again (it may be this very activity).
                }

                loaded = loaded with { ETag = etag };
            }

            IReadOnlyList<BotReply> replies;
            try
            {
                replies = activity.Type == ActivityTypes.Message
                    ? await engine.TurnAsync(loaded.State, activity.Text, cancellationToken)
                    : engine.Greet(loaded.State);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogTurnFailed(logger, ex, channel);
                return [activity.CreateReply(facts.Render(Apology, loaded.State.Language))];
            }

            if (replies.Count == 0)
            {
                return [];
            }

            if (await store.TrySaveAsync(loaded, cancellationToken) is null)
            {
                LogLostWrite(logger, channel);
            }

            return [activity.CreateTyping(), .. replies.Select(r => ToActivity(activity, r))];
        }

        throw new InvalidOperationException("The conversation kept changing under this turn.");
    }

    /// <summary>
    /// A conversationUpdate that adds someone other than the bot itself, and says in which language: without a locale
    /// (offline-directline's, for one) the greeting waits for the first message, which carries the person's language.
    /// </summary>
    private static bool IsSomeoneJoining(Activity activity) =>
        activity.Type == ActivityTypes.ConversationUpdate && !string.IsNullOrEmpty(activity.Locale)
        && activity.MembersAdded?.Any(m => m.Id is { Length: > 0 } id && id != activity.Recipient?.Id) == true;

    private static Activity ToActivity(Activity inbound, BotReply reply) => inbound.CreateReply(reply.Text) with
    {
        SuggestedActions = reply.Choices.Count == 0 ? null : new SuggestedActions
        {
            Actions = [.. reply.Choices.Select(c => new CardAction { Type = "imBack", Title = c, Value = JsonSerializer.SerializeToElement(c, Json.IntakeJsonContext.Default.String) })],
        },
    };

    private static readonly LocalizedText Apology = new(
        "Förlåt, något gick fel hos mig. Det du redan har skrivit finns kvar. Skriv igen så fortsätter vi, eller ring {Kundcenter} på {KundcenterPhone}. Är någon i akut fara: ring 112.",
        "Sorry, something went wrong on my side. What you already wrote is kept. Write again and we will go on, or call {KundcenterShort} on {KundcenterPhoneInternational}. If anyone is in immediate danger: call 112.");

    [LoggerMessage(EventId = 8001, Level = LogLevel.Information, Message = "Activity on channel {Channel} was already handled; answered nothing.")]
    private static partial void LogReplay(ILogger logger, string channel);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Error, Message = "Bot turn failed on channel {Channel}; apologised, state kept.")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string channel);

    [LoggerMessage(EventId = 8003, Level = LogLevel.Warning, Message = "Bot state on channel {Channel} changed during the turn; this turn's changes were not saved.")]
    private static partial void LogLostWrite(ILogger logger, string channel);
}
