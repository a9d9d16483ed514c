namespace Intake.Functions.Email.Acs;

/// <summary>A recipient: <c>{ "address", "displayName" }</c> in the API description.</summary>
public sealed record AcsEmailAddress(string Address, string? DisplayName = null);
