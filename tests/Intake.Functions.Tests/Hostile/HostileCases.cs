namespace Intake.Functions.Tests.Hostile;

/// <summary>Every generated case, in a fixed order for a given seed.</summary>
internal static class HostileCases
{
    /// <summary>The number: change it (INTAKE_HOSTILE_SEED) to explore, keep it to reproduce.</summary>
    public const int DefaultSeed = 11;

    public static IReadOnlyList<HostileCase> Generate(int seed, IReadOnlyList<string> staticFiles)
    {
        var set = new CaseSet(seed, staticFiles);
        JsonCases.Add(set);
        TextCases.Add(set);
        FormCases.Add(set);
        BodyCases.Add(set);
        FramingCases.Add(set);
        HeaderCases.Add(set);
        RouteCases.Add(set);
        BotCases.Add(set);
        foreach (var endpoint in HostileEndpoints.Submitting)
        {
            // Plainly valid, for the count of what is accepted to mean something.
            for (var i = 0; i < 5; i++)
            {
                set.Add("valid", $"{endpoint.Path}/{i}", endpoint.Function, set.Valid(endpoint), Expect.Accepted, endpoint.IsApi ? 202 : 200);
            }
        }

        return set.Cases;
    }
}
