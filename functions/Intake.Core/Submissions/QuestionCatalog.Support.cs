using Intake.Core.Localization;

namespace Intake.Core.Submissions;

public static partial class QuestionCatalog
{
    /// <summary>Ansökan om stöd: a person asks for support for themselves.</summary>
    public static QuestionModel SupportRequest { get; } = new(SubmissionKind.SupportRequest,
    [
        OwnName("name"),
        new("personIdentityNumber", FieldType.PersonalIdentityNumber, T("Ditt personnummer", "Your personal identity number"), T("personnummer", "personal identity number"))
        {
            MaxLength = 13,
            Hint = T("Frivilligt. ÅÅÅÅMMDD-NNNN.", "Optional. YYYYMMDD-NNNN."),
        },
        Phone("phone"),
        Email("email"),
        new("contactTime", FieldType.Choice, T("När passar det bäst att vi hör av oss?", "When is it best for us to contact you?"), T("när vi ska höra av oss", "when to contact you"))
        {
            Options =
            [
                new("anytime", T("När som helst under kontorstid", "Any time during office hours")),
                new("morning", T("Förmiddag", "Morning")),
                new("afternoon", T("Eftermiddag", "Afternoon")),
            ],
        },
        Areas(T("Vad vill du ha stöd med?", "What do you want support with?")),
        new("adult", FieldType.YesNo, T("Är du 18 år eller äldre?", "Are you 18 or older?"), T("om du är 18 år eller äldre", "whether you are 18 or older"))
        {
            Required = true,
        },
        new("pregnant", FieldType.YesNo, T("Är du gravid?", "Are you pregnant?"), T("om du är gravid", "whether you are pregnant"))
        {
            Hint = T("Är du gravid får du stöd så snart som möjligt.", "If you are pregnant you get support as soon as possible."),
        },
        Message(),
        Consent(),
    ],
    [
        PhoneOrEmail("phone", "email"),
    ]);

    /// <summary>Anhörigstöd: a relative asks for support.</summary>
    public static QuestionModel RelativeSupportRequest { get; } = new(SubmissionKind.RelativeSupportRequest,
    [
        OwnName("name"),
        Phone("phone"),
        Email("email"),
        new("relation", FieldType.Choice, T("Vem är personen för dig?", "Who is the person to you?"), T("din relation till personen", "your relation to the person"))
        {
            Required = true,
            Options =
            [
                new("partner", T("Partner", "Partner")),
                new("parent", T("Förälder", "Parent")),
                new("child", T("Mitt barn", "My child")),
                new("sibling", T("Syskon", "Sibling")),
                new("friend", T("Vän", "Friend")),
                new("other", T("Annan", "Other")),
            ],
        },
        new("childrenAffected", FieldType.YesNo, T("Berörs barn under 18 år?", "Are children under 18 affected?"), T("om barn berörs", "whether children are affected"))
        {
            Required = true,
            Hint = T("Då kan barnen och deras föräldrar få stöd hos {RelativesChildren}.", "Then the children and their parents can get support from {RelativesChildren}."),
        },
        Message(),
        Consent(),
    ],
    [
        PhoneOrEmail("phone", "email"),
    ]);
}
