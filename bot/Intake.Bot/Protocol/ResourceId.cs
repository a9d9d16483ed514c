namespace Intake.Bot.Protocol;

/// <summary>The Connector's <c>ResourceResponse</c> body: the id the channel gave a sent activity.</summary>
internal sealed record ResourceId(string? Id);
