using Intake.Bot.Protocol;

namespace Intake.Bot.Messaging;

/// <summary>What the bot answers to one authenticated activity (the dialogs, later); empty for nothing.</summary>
internal delegate ValueTask<IReadOnlyList<Activity>> BotTurn(Activity activity, CancellationToken cancellationToken);
