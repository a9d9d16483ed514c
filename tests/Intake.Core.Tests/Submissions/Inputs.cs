using Intake.Core.Submissions;

namespace Intake.Core.Tests.Submissions;

/// <summary>Valid inputs of each kind, to vary one field at a time.</summary>
internal static class Inputs
{
    public static readonly DateOnly Today = new(2026, 11, 22);

    public static Dictionary<string, RawValue> AnonymousConcern() => new()
    {
        ["about"] = new RawValue.Text("adult"),
        ["areas"] = new RawValue.Texts(["alcohol", "gambling"]),
        ["description"] = new RawValue.Text("Min granne dricker mycket och verkar må dåligt."),
        ["childrenInHousehold"] = new RawValue.Text("no"),
        ["acuteDanger"] = new RawValue.Flag(false),
        ["professional"] = new RawValue.Flag(false),
        ["anonymous"] = new RawValue.Flag(true),
    };

    public static Dictionary<string, RawValue> NamedConcern()
    {
        var fields = AnonymousConcern();
        fields["anonymous"] = new RawValue.Flag(false);
        fields["reporterName"] = new RawValue.Text("Anna Andersson");
        fields["reporterPhone"] = new RawValue.Text("070-123 45 67");
        return fields;
    }

    public static Dictionary<string, RawValue> SupportRequest() => new()
    {
        ["name"] = new RawValue.Text("Bo Berg"),
        ["email"] = new RawValue.Text("bo.berg@example.se"),
        ["areas"] = new RawValue.Text("drugs"),
        ["adult"] = new RawValue.Text("true"),
        ["consent"] = new RawValue.Text("true"),
    };

    public static Dictionary<string, RawValue> RelativeSupportRequest() => new()
    {
        ["name"] = new RawValue.Text("Cia Carlsson"),
        ["phone"] = new RawValue.Text("+46 70 123 45 67"),
        ["relation"] = new RawValue.Text("partner"),
        ["childrenAffected"] = new RawValue.Flag(true),
        ["consent"] = new RawValue.Flag(true),
    };

    public static ValidationResult Validate(SubmissionKind kind, Dictionary<string, RawValue> fields)
    {
        var input = new SubmissionInput();
        foreach (var (name, value) in fields)
        {
            input.Add(name, value);
        }

        return SubmissionValidator.Validate(QuestionModel.For(kind), input, Today);
    }
}
