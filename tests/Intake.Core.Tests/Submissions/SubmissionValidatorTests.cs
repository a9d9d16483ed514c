using Intake.Core.Submissions;

namespace Intake.Core.Tests.Submissions;

public sealed class SubmissionValidatorTests
{
    [Fact]
    public void Validate_AnonymousConcern_IsAcceptedWithoutAnyReporterDetails()
    {
        var result = Inputs.Validate(SubmissionKind.Concern, Inputs.AnonymousConcern());

        Assert.True(result.IsValid, string.Join(", ", result.Errors));
        Assert.True(result.Answers!.IsTrue("anonymous"));
        Assert.Equal(["alcohol", "gambling"], result.Answers.GetAll("areas"));
        Assert.DoesNotContain(result.Answers.Fields, f => f.StartsWith("reporter", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ValidInputOfEachKind_NormalizesAnswers()
    {
        var named = Inputs.Validate(SubmissionKind.Concern, Inputs.NamedConcern());
        var support = Inputs.Validate(SubmissionKind.SupportRequest, Inputs.SupportRequest());
        var relative = Inputs.Validate(SubmissionKind.RelativeSupportRequest, Inputs.RelativeSupportRequest());

        Assert.Equal("0701234567", named.Answers!.Get("reporterPhone"));
        Assert.Equal("bo.berg@example.se", support.Answers!.Get("email"));
        Assert.Equal("+46701234567", relative.Answers!.Get("phone"));
        Assert.True(relative.Answers.IsTrue("childrenAffected"));
    }

    public static TheoryData<SubmissionKind, string, RawValue?, string> OneBadField() => new()
    {
        // Required answers.
        { SubmissionKind.Concern, "description", null, ValidationCodes.Required },
        { SubmissionKind.Concern, "description", new RawValue.Text("   "), ValidationCodes.Required },
        { SubmissionKind.Concern, "about", null, ValidationCodes.Required },
        { SubmissionKind.Concern, "areas", new RawValue.Texts([]), ValidationCodes.Required },
        { SubmissionKind.SupportRequest, "name", null, ValidationCodes.Required },
        { SubmissionKind.RelativeSupportRequest, "relation", null, ValidationCodes.Required },
        // Lengths.
        { SubmissionKind.Concern, "description", new RawValue.Text(new string('a', 4001)), ValidationCodes.TooLong },
        { SubmissionKind.SupportRequest, "name", new RawValue.Text(new string('a', 201)), ValidationCodes.TooLong },
        // Control characters and line breaks.
        { SubmissionKind.Concern, "description", new RawValue.Text("hej\u0000då"), ValidationCodes.InvalidCharacters },
        { SubmissionKind.Concern, "description", new RawValue.Text("hej\u001bdå"), ValidationCodes.InvalidCharacters },
        { SubmissionKind.Concern, "description", new RawValue.Text("a\ufffe"), ValidationCodes.InvalidCharacters },
        { SubmissionKind.Concern, "description", new RawValue.Text("a\uffff b"), ValidationCodes.InvalidCharacters },
        { SubmissionKind.SupportRequest, "name", new RawValue.Text("Bo\ufdd0Berg"), ValidationCodes.InvalidCharacters },
        { SubmissionKind.SupportRequest, "name", new RawValue.Text("Bo \udbff\udfff"), ValidationCodes.InvalidCharacters },
        { SubmissionKind.SupportRequest, "name", new RawValue.Text("Bo\nBerg"), ValidationCodes.InvalidCharacters },
        { SubmissionKind.SupportRequest, "name", new RawValue.Text("Bo\u2028Berg"), ValidationCodes.InvalidCharacters },
        { SubmissionKind.SupportRequest, "email", new RawValue.Text("bo@example.se\r\nBcc: x@evil.example"), ValidationCodes.InvalidCharacters },
        { SubmissionKind.SupportRequest, "email", new RawValue.Text("bo@example.se\n"), ValidationCodes.InvalidCharacters },
        { SubmissionKind.SupportRequest, "phone", new RawValue.Text("0701234567\r\n"), ValidationCodes.InvalidCharacters },
        { SubmissionKind.SupportRequest, "name", new RawValue.Text("Bo \ud800Berg"), ValidationCodes.InvalidCharacters },
        // Types and options.
        { SubmissionKind.Concern, "acuteDanger", new RawValue.Text("kanske"), ValidationCodes.InvalidYesNo },
        { SubmissionKind.Concern, "about", new RawValue.Text("cat"), ValidationCodes.InvalidOption },
        { SubmissionKind.Concern, "areas", new RawValue.Texts(["alcohol", "shopping"]), ValidationCodes.InvalidOption },
        { SubmissionKind.Concern, "about", new RawValue.Unsupported(), ValidationCodes.InvalidType },
        { SubmissionKind.Concern, "about", new RawValue.Texts(["adult", "child"]), ValidationCodes.DuplicateField },
        // Formats.
        { SubmissionKind.SupportRequest, "email", new RawValue.Text("bo.example.se"), ValidationCodes.InvalidEmail },
        { SubmissionKind.SupportRequest, "email", new RawValue.Text("bo@@example.se"), ValidationCodes.InvalidEmail },
        { SubmissionKind.SupportRequest, "email", new RawValue.Text("Bo <bo@example.se>"), ValidationCodes.InvalidEmail },
        { SubmissionKind.SupportRequest, "email", new RawValue.Text("bo@example"), ValidationCodes.InvalidEmail },
        { SubmissionKind.SupportRequest, "email", new RawValue.Text("bo..berg@example.se"), ValidationCodes.InvalidEmail },
        { SubmissionKind.SupportRequest, "email", new RawValue.Text("bo,berg@example.se"), ValidationCodes.InvalidEmail },
        { SubmissionKind.SupportRequest, "phone", new RawValue.Text("070-12"), ValidationCodes.InvalidPhone },
        { SubmissionKind.SupportRequest, "phone", new RawValue.Text("ring mig"), ValidationCodes.InvalidPhone },
        { SubmissionKind.SupportRequest, "phone", new RawValue.Text("070+1234567"), ValidationCodes.InvalidPhone },
        { SubmissionKind.SupportRequest, "personIdentityNumber", new RawValue.Text("19121212-1213"), ValidationCodes.InvalidPersonalIdentityNumber },
        { SubmissionKind.SupportRequest, "personIdentityNumber", new RawValue.Text("19121312-1212"), ValidationCodes.InvalidPersonalIdentityNumber },
        { SubmissionKind.Concern, "personIdentityNumber", new RawValue.Text("hej"), ValidationCodes.InvalidPersonalIdentityNumber },
        // Consent.
        { SubmissionKind.SupportRequest, "consent", new RawValue.Text("false"), ValidationCodes.MustAccept },
        { SubmissionKind.RelativeSupportRequest, "consent", null, ValidationCodes.Required },
        // Fields that do not belong.
        { SubmissionKind.Concern, "isAdmin", new RawValue.Text("true"), ValidationCodes.UnknownField },
        { SubmissionKind.SupportRequest, "relation", new RawValue.Text("partner"), ValidationCodes.UnknownField },
        { SubmissionKind.Concern, "reporterName", new RawValue.Text("Anna"), ValidationCodes.NotApplicable },
        { SubmissionKind.Concern, "reporterEmail", new RawValue.Text("anna@example.se"), ValidationCodes.NotApplicable },
    };

    [Theory]
    [MemberData(nameof(OneBadField))]
    public void Validate_OneBadField_RejectsThatFieldWithItsCode(SubmissionKind kind, string field, RawValue? value, string code)
    {
        var fields = kind switch
        {
            SubmissionKind.Concern => Inputs.AnonymousConcern(),
            SubmissionKind.SupportRequest => Inputs.SupportRequest(),
            _ => Inputs.RelativeSupportRequest(),
        };
        if (value is null)
        {
            fields.Remove(field);
        }
        else
        {
            fields[field] = value;
        }

        var result = Inputs.Validate(kind, fields);

        Assert.False(result.IsValid);
        Assert.Null(result.Answers);
        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.Field);
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Validate_ProfessionalWhoIsAnonymous_IsRejectedAtAnonymous()
    {
        var fields = Inputs.AnonymousConcern();
        fields["professional"] = new RawValue.Flag(true);
        fields["reporterOrganisation"] = new RawValue.Text("Skolan");

        var result = Inputs.Validate(SubmissionKind.Concern, fields);

        Assert.Contains(result.Errors, e => e is { Field: "anonymous", Code: ValidationCodes.ProfessionalCannotBeAnonymous });
    }

    [Fact]
    public void Validate_ProfessionalWithoutNameOrOrganisation_RequiresBoth()
    {
        var fields = Inputs.NamedConcern();
        fields["professional"] = new RawValue.Flag(true);
        fields.Remove("reporterName");

        var result = Inputs.Validate(SubmissionKind.Concern, fields);

        Assert.Contains(result.Errors, e => e is { Field: "reporterName", Code: ValidationCodes.Required });
        Assert.Contains(result.Errors, e => e is { Field: "reporterOrganisation", Code: ValidationCodes.Required });
    }

    [Fact]
    public void Validate_NamedReporterWithoutPhoneOrEmail_AsksForOne()
    {
        var fields = Inputs.NamedConcern();
        fields.Remove("reporterPhone");

        var result = Inputs.Validate(SubmissionKind.Concern, fields);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("reporterPhone", ValidationCodes.ContactRequired), (error.Field, error.Code));
    }

    [Fact]
    public void Validate_SupportRequestWithoutPhoneOrEmail_AsksForOne()
    {
        var fields = Inputs.SupportRequest();
        fields.Remove("email");

        var error = Assert.Single(Inputs.Validate(SubmissionKind.SupportRequest, fields).Errors);

        Assert.Equal(("phone", ValidationCodes.ContactRequired), (error.Field, error.Code));
    }

    [Fact]
    public void Validate_SameFieldTwice_IsRejected()
    {
        var input = new SubmissionInput().Add("name", "Bo").Add("name", "Bo");

        var result = SubmissionValidator.Validate(QuestionCatalog.SupportRequest, input, Inputs.Today);

        Assert.Contains(result.Errors, e => e is { Field: "name", Code: ValidationCodes.DuplicateField });
    }

    [Fact]
    public void Validate_FreeText_KeepsLineBreaksAndTabsButTrims()
    {
        var fields = Inputs.AnonymousConcern();
        fields["description"] = new RawValue.Text("  Rad ett\r\nRad två\tmed tabb  ");

        var result = Inputs.Validate(SubmissionKind.Concern, fields);

        Assert.Equal("Rad ett\nRad två\tmed tabb", result.Answers!.Get("description"));
    }

    [Fact]
    public void Validate_PersonalIdentityNumber_IsStoredInOneCanonicalForm()
    {
        var fields = Inputs.SupportRequest();
        fields["personIdentityNumber"] = new RawValue.Text("121212-1212");

        var result = Inputs.Validate(SubmissionKind.SupportRequest, fields);

        Assert.Equal("20121212-1212", result.Answers!.Get("personIdentityNumber"));
    }

    [Fact]
    public void Validate_EveryQuestionOfEveryKind_HasTextsInBothLanguages()
    {
        foreach (var question in SubmissionKinds.All.SelectMany(k => QuestionModel.For(k).Questions))
        {
            Assert.False(string.IsNullOrWhiteSpace(question.Label.Swedish), question.Id);
            Assert.False(string.IsNullOrWhiteSpace(question.Label.English), question.Id);
            Assert.False(string.IsNullOrWhiteSpace(question.Name.Swedish), question.Id);
            Assert.All(question.Options, o => Assert.False(string.IsNullOrWhiteSpace(o.Label.English)));
        }
    }
}
