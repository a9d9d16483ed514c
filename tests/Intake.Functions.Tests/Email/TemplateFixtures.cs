using System.Text.RegularExpressions;
using Intake.Core.Localization;
using Intake.Core.References;
using Intake.Core.Submissions;
using Intake.Functions.Email.Templates;
using Intake.Bot.Tests.Infrastructure;
using Intake.Functions.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Intake.Functions.Tests.Email;

internal static partial class TemplateFixtures
{
    /// <summary>A fixed, valid reference: "7KQM-X4RT-PW9" and whichever check symbol makes it valid.</summary>
    public static readonly ReferenceNumber Reference = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
        .Select(c => ReferenceNumber.TryParse("7KQMX4RTPW9" + c, out var r) ? (ReferenceNumber?)r : null)
        .Single(r => r is not null)!.Value;

    /// <summary>The shipped Contact section of appsettings.json: the numbers a person will really see.</summary>
    public static ContactOptions ShippedContact() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(Samples.RepoRoot, "functions", "Intake.Functions", "appsettings.json"))
        .Build().GetSection(ContactOptions.SectionName).Get<ContactOptions>()!;

    public static AcknowledgementModel Model(SubmissionKind kind, Language language, bool within24Hours, params string[] areas) =>
        Model(Municipalities.Ostersund, kind, language, within24Hours, areas);

    /// <summary>The acknowledgement as <paramref name="facts"/>' municipality sends it (signed with its name).</summary>
    public static AcknowledgementModel Model(MunicipalFacts facts, SubmissionKind kind, Language language, bool within24Hours, params string[] areas)
    {
        var contact = ShippedContact();
        var answers = new Answers([new("areas", areas), new("about", [within24Hours ? "child" : "adult"])]);
        return new AcknowledgementModel(Reference, kind, language, new DateOnly(2026, 11, 24), within24Hours,
            AcknowledgementTemplate.HelplinesFor(contact, answers), contact, facts, facts.MunicipalityName);
    }

    /// <summary>Words that would tell a reader what the message is about (Swedish and English, any ending).</summary>
    public static IEnumerable<string> BannedWordsIn(string text) => Banned().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"\b(missbruk|beroend|oro|orolig|alkohol|drog|narkotik|knark|spel|barn|cannabis|addict|dependen|concern|worr|alcohol|drink|drug|narcotic|gambl|child|substance)\w*", RegexOptions.IgnoreCase)]
    private static partial Regex Banned();
}
