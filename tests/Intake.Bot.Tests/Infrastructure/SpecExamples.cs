namespace Intake.Bot.Tests.Infrastructure;

/// <summary>The activities of specs/bot-framework-protocol.md §3.1-3.3 and §9, verbatim.</summary>
internal static class SpecExamples
{
    public const string WebChatMessage = """
        {
          "type": "message",
          "id": "Kx9aZ2v3fQe7Pm0-us|0000001",
          "timestamp": "2025-06-01T10:15:30.1234567Z",
          "localTimestamp": "2025-06-01T12:15:29.9+02:00",
          "serviceUrl": "https://directline.botframework.com/",
          "channelId": "directline",
          "from": { "id": "dl_7c1d2e8f", "name": "Alice", "role": "user" },
          "conversation": { "id": "Kx9aZ2v3fQe7Pm0-us" },
          "recipient": { "id": "mybot@abc123", "name": "My Bot" },
          "textFormat": "plain",
          "locale": "en-US",
          "text": "order status A-1001",
          "entities": [ { "type": "ClientCapabilities", "requiresBotState": true, "supportsListening": true, "supportsTts": true } ],
          "channelData": { "clientActivityID": "1717236929900abcde" }
        }
        """;

    public const string ConversationUpdate = """
        {
          "type": "conversationUpdate",
          "id": "Kx9aZ2v3fQe7Pm0-us|0000000",
          "timestamp": "2025-06-01T10:15:00Z",
          "serviceUrl": "https://directline.botframework.com/",
          "channelId": "directline",
          "from": { "id": "dl_7c1d2e8f" },
          "conversation": { "id": "Kx9aZ2v3fQe7Pm0-us" },
          "recipient": { "id": "mybot@abc123", "name": "My Bot" },
          "membersAdded": [ { "id": "mybot@abc123", "name": "My Bot" }, { "id": "dl_7c1d2e8f" } ]
        }
        """;

    public const string ReplyWithCard = """
        {
          "type": "message",
          "from": { "id": "mybot@abc123", "name": "My Bot" },
          "recipient": { "id": "dl_7c1d2e8f", "name": "Alice" },
          "conversation": { "id": "Kx9aZ2v3fQe7Pm0-us" },
          "replyToId": "Kx9aZ2v3fQe7Pm0-us|0000001",
          "textFormat": "markdown",
          "text": "Order **A-1001** is on its way.",
          "inputHint": "expectingInput",
          "attachments": [
            {
              "contentType": "application/vnd.microsoft.card.adaptive",
              "content": {
                "type": "AdaptiveCard",
                "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                "version": "1.5",
                "body": [ { "type": "TextBlock", "text": "Rate your delivery", "wrap": true } ],
                "actions": [ { "type": "Action.Submit", "title": "Good", "data": { "rating": 5 } } ]
              }
            }
          ],
          "suggestedActions": {
            "to": [ "dl_7c1d2e8f" ],
            "actions": [
              { "type": "imBack", "title": "Track another", "value": "track" },
              { "type": "imBack", "title": "Talk to a human", "value": "agent" }
            ]
          }
        }
        """;

    /// <summary>offline-directline's synthetic conversationUpdate (src/bridge.ts): no recipient, no timestamp, nobody added.</summary>
    public const string OfflineConversationUpdate = """
        {
          "type": "conversationUpdate",
          "channelId": "emulator",
          "serviceUrl": "http://127.0.0.1:3000",
          "conversation": { "id": "8e2b1c3a-3d4f-4a5b-9c6d-7e8f9a0b1c2d" },
          "id": "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
          "membersAdded": [],
          "membersRemoved": [],
          "from": { "id": "offline-directline", "name": "Offline Directline Server" }
        }
        """;

    /// <summary>A Web Chat message as offline-directline forwards it: channelId and serviceUrl overwritten, no recipient.</summary>
    public const string OfflineMessage = """
        {
          "type": "message",
          "text": "Hej",
          "from": { "id": "dl_local_user", "role": "user" },
          "locale": "sv-SE",
          "textFormat": "plain",
          "localTimestamp": "2026-03-02T10:15:29.900+01:00",
          "channelData": { "clientActivityID": "1772442929900abc" },
          "channelId": "emulator",
          "serviceUrl": "http://127.0.0.1:3000",
          "conversation": { "id": "8e2b1c3a-3d4f-4a5b-9c6d-7e8f9a0b1c2d" },
          "id": "5b7c1f0e-2a3b-4c5d-8e9f-0a1b2c3d4e5f"
        }
        """;
}
