using System.Diagnostics.CodeAnalysis;

// Tests are named Subject_Scenario_Outcome (STYLE.md). Scoped to this folder's namespace so it does not collide with
// a project-wide setting another branch may add (an .editorconfig for tests/ would be the better home).
[assembly: SuppressMessage(
    "Naming", "CA1707:Identifiers should not contain underscores",
    Justification = "Test names are Subject_Scenario_Outcome.",
    Scope = "namespaceanddescendants", Target = "~N:Intake.Functions.Tests.Storage")]
