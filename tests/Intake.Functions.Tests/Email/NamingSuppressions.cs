using System.Diagnostics.CodeAnalysis;

// Tests are named Subject_Scenario_Outcome (STYLE.md); scoped to this folder's namespace like Storage/NamingSuppressions.cs.
[assembly: SuppressMessage(
    "Naming", "CA1707:Identifiers should not contain underscores",
    Justification = "Test names are Subject_Scenario_Outcome.",
    Scope = "namespaceanddescendants", Target = "~N:Intake.Functions.Tests.Email")]
