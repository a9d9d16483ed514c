using System.Text.Json;
using Intake.Bot.Protocol;
using Intake.Bot.Tests.Infrastructure;

namespace Intake.Bot.Tests.Protocol;

/// <summary>The spec's activities and offline-directline's shapes read with the source-generated context (§3, §9).</summary>
public sealed class ActivityJsonTests
{
    [Fact]
    public void Deserialize_WebChatMessage_ReadsEveryField()
    {
        Activity activity = Read(SpecExamples.WebChatMessage);

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("Kx9aZ2v3fQe7Pm0-us|0000001", activity.Id);
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 10, 15, 30, TimeSpan.Zero).AddTicks(1234567), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(2), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal("https://directline.botframework.com/", activity.ServiceUrl);
        Assert.Equal("directline", activity.ChannelId);
        Assert.Equal(new ChannelAccount { Id = "dl_7c1d2e8f", Name = "Alice", Role = "user" }, activity.From);
        Assert.Equal(new ChannelAccount { Id = "mybot@abc123", Name = "My Bot" }, activity.Recipient);
        Assert.Equal("Kx9aZ2v3fQe7Pm0-us", activity.Conversation!.Id);
        Assert.Equal("plain", activity.TextFormat);
        Assert.Equal("en-US", activity.Locale);
        Assert.Equal("order status A-1001", activity.Text);
        Assert.Equal("1717236929900abcde", activity.ChannelData!.Value.GetProperty("clientActivityID").GetString());
    }

    [Fact]
    public void Deserialize_ConversationUpdate_ReadsMembersAdded()
    {
        Activity activity = Read(SpecExamples.ConversationUpdate);

        Assert.Equal(ActivityTypes.ConversationUpdate, activity.Type);
        Assert.Equal(["mybot@abc123", "dl_7c1d2e8f"], activity.MembersAdded!.Select(m => m.Id));
    }

    [Fact]
    public void Deserialize_ReplyWithCard_ReadsSuggestedActionsAndIgnoresAttachments()
    {
        Activity activity = Read(SpecExamples.ReplyWithCard);

        Assert.Equal("Kx9aZ2v3fQe7Pm0-us|0000001", activity.ReplyToId);
        Assert.Equal("expectingInput", activity.InputHint);
        Assert.Equal(["dl_7c1d2e8f"], activity.SuggestedActions!.To!);
        CardAction first = activity.SuggestedActions.Actions[0];
        Assert.Equal(("imBack", "Track another", "track"), (first.Type, first.Title, first.Value!.Value.GetString()));
        Assert.Equal(2, activity.SuggestedActions.Actions.Count);
    }

    [Fact]
    public void Deserialize_UnknownFieldsAndType_AreTolerated()
    {
        Activity activity = Read("""
            { "type": "somethingNew", "futureField": { "a": [1, 2] }, "speak": "<speak/>", "ID": "x1",
              "conversation": { "id": "c", "conversationType": "personal", "aadObjectId": "o" }, "value": null }
            """);

        Assert.Equal("somethingNew", activity.Type);
        Assert.Equal("x1", activity.Id);
        Assert.Equal("c", activity.Conversation!.Id);
        Assert.Null(activity.Value);
    }

    [Fact]
    public void Deserialize_SubmittedCardValue_KeepsTheObject()
    {
        Activity activity = Read("""{ "type": "message", "value": { "rating": 5 } }""");

        Assert.Equal(5, activity.Value!.Value.GetProperty("rating").GetInt32());
        Assert.Null(activity.Text);
    }

    [Fact]
    public void Deserialize_OfflineDirectLineConversationUpdate_HasNoRecipientAndNoOneAdded()
    {
        Activity activity = Read(SpecExamples.OfflineConversationUpdate);

        Assert.Equal(ActivityTypes.ConversationUpdate, activity.Type);
        Assert.Null(activity.Recipient);
        Assert.Null(activity.Timestamp);
        Assert.Empty(activity.MembersAdded!);
        Assert.Equal("http://127.0.0.1:3000", activity.ServiceUrl);
    }

    [Fact]
    public void CreateReply_OfflineDirectLineMessage_WorksWithoutRecipient()
    {
        Activity inbound = Read(SpecExamples.OfflineMessage);

        Activity reply = inbound.CreateReply("Hej! Vad gäller det?");

        Assert.Null(inbound.Timestamp);
        Assert.Null(reply.From);
        Assert.Equal("dl_local_user", reply.Recipient!.Id);
        Assert.Equal(inbound.Id, reply.ReplyToId);
        Assert.Equal("sv-SE", reply.Locale);
    }

    [Fact]
    public void Serialize_Reply_IsCamelCaseWithoutNulls()
    {
        Activity reply = Read(SpecExamples.WebChatMessage).CreateReply("Tack");

        string json = JsonSerializer.Serialize(reply, BotJsonContext.Default.Activity);

        Assert.Equal(
            """{"type":"message","locale":"en-US","from":{"id":"mybot@abc123","name":"My Bot"},"recipient":{"id":"dl_7c1d2e8f","name":"Alice","role":"user"},"conversation":{"id":"Kx9aZ2v3fQe7Pm0-us"},"replyToId":"Kx9aZ2v3fQe7Pm0-us|0000001","text":"Tack","textFormat":"plain"}""",
            json);
    }

    private static Activity Read(string json) => JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity)!;
}
