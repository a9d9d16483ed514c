using Intake.Core.Localization;
using Intake.Core.Submissions;

namespace Intake.Core.Tests.Submissions;

public sealed class ValidationMessagesTests
{
    public static TheoryData<string, string, string, string> Messages() => new()
    {
        { "description", ValidationCodes.Required, "Fyll i beskrivning.", "Enter description." },
        { "about", ValidationCodes.Required, "Svara på vem oron gäller.", "Answer who the concern is about." },
        { "description", ValidationCodes.TooLong, "Beskrivning får vara högst 4000 tecken.", "Description must be 4000 characters or fewer." },
        { "reporterEmail", ValidationCodes.InvalidCharacters, "E-postadress innehåller tecken som inte är tillåtna", "Email address contains characters that are not allowed" },
        { "acuteDanger", ValidationCodes.InvalidYesNo, "Svara ja eller nej på om någon är i akut fara.", "Answer yes or no to whether anyone is in immediate danger." },
        { "about", ValidationCodes.InvalidOption, "Välj ett av alternativen för vem oron gäller.", "Choose one of the options for who the concern is about." },
        { "reporterEmail", ValidationCodes.InvalidEmail, "namn@exempel.se", "name@example.com" },
        { "reporterPhone", ValidationCodes.InvalidPhone, "070-123 45 67", "070-123 45 67" },
        { "personIdentityNumber", ValidationCodes.InvalidPersonalIdentityNumber, "Personnumret stämmer inte", "personal identity number is not valid" },
        { "about", ValidationCodes.InvalidType, "Vem oron gäller har fel format.", "Who the concern is about has the wrong format." },
        { "isAdmin", ValidationCodes.UnknownField, "Fältet isAdmin finns inte i formuläret.", "The field isAdmin is not part of this form." },
        { "about", ValidationCodes.DuplicateField, "har angetts mer än en gång", "was given more than once" },
        { "reporterName", ValidationCodes.NotApplicable, "Du har valt att vara anonym. Ta bort ditt namn", "You chose to be anonymous. Remove your name" },
        { "reporterPhone", ValidationCodes.ContactRequired, "Fyll i telefonnummer eller e-postadress", "Enter a phone number or an email address" },
        { "anonymous", ValidationCodes.ProfessionalCannotBeAnonymous, "Du kan inte vara anonym när du anmäler i din yrkesroll", "You cannot be anonymous when you report in your professional role" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Format_EachCode_SaysWhatToDoInSwedishAndEnglish(string field, string code, string swedish, string english)
    {
        var error = new FieldError(field, code, code == ValidationCodes.TooLong ? 4000 : null);

        var sv = ValidationMessages.Format(error, QuestionCatalog.Concern, Language.Swedish);
        var en = ValidationMessages.Format(error, QuestionCatalog.Concern, Language.English);

        Assert.Contains(swedish, sv, StringComparison.Ordinal);
        Assert.Contains(english, en, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_MustAccept_AsksForConsentInBothLanguages()
    {
        var error = new FieldError("consent", ValidationCodes.MustAccept);

        Assert.Contains("samtycke", ValidationMessages.Format(error, QuestionCatalog.SupportRequest, Language.Swedish), StringComparison.Ordinal);
        Assert.Contains("consent", ValidationMessages.Format(error, QuestionCatalog.SupportRequest, Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Format_ConsentMissing_AsksForConsentNotForAnAnswer()
    {
        var error = new FieldError("consent", ValidationCodes.Required);

        Assert.Equal("Vi behöver ditt samtycke för att kunna kontakta dig.", ValidationMessages.Format(error, QuestionCatalog.SupportRequest, Language.Swedish));
        Assert.Equal("We need your consent to be able to contact you.", ValidationMessages.Format(error, QuestionCatalog.SupportRequest, Language.English));
    }

    [Fact]
    public void Format_EveryCode_HasItsOwnWordingInBothLanguages()
    {
        var codes = typeof(ValidationCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        foreach (var code in codes)
        {
            var error = new FieldError("description", code, 10);
            var sv = ValidationMessages.Format(error, QuestionCatalog.Concern, Language.Swedish);
            var en = ValidationMessages.Format(error, QuestionCatalog.Concern, Language.English);
            Assert.NotEqual(sv, en);
            Assert.DoesNotContain("{", sv, StringComparison.Ordinal);
            Assert.DoesNotContain("är inte giltigt", sv, StringComparison.Ordinal);
        }
    }
}
