using System.Text.Json;

namespace Intake.Bot.Protocol;

/// <summary>
/// One Bot Framework activity (specs/bot-framework-protocol.md §3), camelCase on the wire. Only the fields this bot
/// reads or writes are here; unknown fields and unknown <see cref="Type"/> values are accepted and ignored.
/// </summary>
internal sealed record Activity
{
    public string? Type { get; init; }

    /// <summary>Assigned by the channel; a bot leaves it out of what it sends.</summary>
    public string? Id { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public DateTimeOffset? LocalTimestamp { get; init; }

    public string? Locale { get; init; }

    /// <summary>Where replies go, as the channel claims it. Untrusted until a token vouches for it (Auth/).</summary>
    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    /// <summary>For an inbound activity, the bot itself. offline-directline leaves it out.</summary>
    public ChannelAccount? Recipient { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? ReplyToId { get; init; }

    public string? Text { get; init; }

    public string? TextFormat { get; init; }

    public string? InputHint { get; init; }

    public SuggestedActions? SuggestedActions { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    /// <summary>Programmatic payload, e.g. an Adaptive Card's Action.Submit data.</summary>
    public JsonElement? Value { get; init; }

    public JsonElement? ChannelData { get; init; }

    /// <summary>
    /// A plain-text message answering this activity: from and recipient swapped, same conversation and locale,
    /// <c>replyToId</c> = this activity's id.
    /// </summary>
    public Activity CreateReply(string text) => new()
    {
        Type = ActivityTypes.Message,
        From = Recipient,
        Recipient = From,
        Conversation = Conversation,
        ReplyToId = Id,
        Locale = Locale,
        TextFormat = TextFormats.Plain,
        Text = text,
    };

    /// <summary>A typing indicator for this activity's conversation (sent with SendToConversation).</summary>
    public Activity CreateTyping() => new()
    {
        Type = ActivityTypes.Typing,
        From = Recipient,
        Recipient = From,
        Conversation = Conversation,
    };
}
