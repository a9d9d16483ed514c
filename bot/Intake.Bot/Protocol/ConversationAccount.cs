namespace Intake.Bot.Protocol;

/// <summary>The conversation an activity belongs to; <see cref="Id"/> is required on the wire.</summary>
internal sealed record ConversationAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public bool? IsGroup { get; init; }

    public string? TenantId { get; init; }
}
