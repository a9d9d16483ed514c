namespace Intake.Bot.Protocol;

/// <summary>A user or bot on a channel. <see cref="Role"/> is "user" or "bot" when the channel says.</summary>
internal sealed record ChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Role { get; init; }
}
