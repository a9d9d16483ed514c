namespace Intake.Bot;

/// <summary>
/// The chatbot: the Bot Framework Activity protocol implemented directly (Microsoft.Bot.Builder is not available),
/// inbound JWT checks, replies through the Connector REST API, and dialogs as small explicit state machines. It never
/// touches storage: it asks the app through small interfaces.
/// </summary>
internal static class BotAssembly;
