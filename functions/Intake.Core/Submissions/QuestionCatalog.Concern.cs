using Intake.Core.Localization;

namespace Intake.Core.Submissions;

public static partial class QuestionCatalog
{
    private static Condition Named => new("anonymous", "false");

    /// <summary>Orosanmälan: concern about someone else.</summary>
    public static QuestionModel Concern { get; } = new(SubmissionKind.Concern,
    [
        new("about", FieldType.Choice, T("Vem gäller din oro?", "Who are you worried about?"), T("vem oron gäller", "who the concern is about"))
        {
            Required = true,
            Options =
            [
                new("adult", T("En vuxen, 18 år eller äldre", "An adult, 18 or older")),
                new("child", T("Ett barn eller en ungdom under 18 år", "A child or young person under 18")),
            ],
            Hint = T("Gäller oron ett barn måste socialtjänsten utreda den.", "If the concern is about a child, social services must look into it."),
        },
        Areas(T("Vad gäller oron?", "What is the concern about?")),
        new("description", FieldType.LongText, T("Beskriv din oro", "Describe your concern"), T("beskrivning", "description"))
        {
            Required = true,
            MaxLength = Limits.LongText,
            Hint = T("Berätta vad du har sett eller hört, och när.", "Tell us what you have seen or heard, and when."),
        },
        new("childrenInHousehold", FieldType.Choice, T("Bor det barn hos personen?", "Do children live with the person?"), T("om det bor barn hos personen", "whether children live with the person"))
        {
            Required = true,
            Options =
            [
                new("yes", T("Ja", "Yes")),
                new("no", T("Nej", "No")),
                new("unknown", T("Vet inte", "Don't know")),
            ],
        },
        new("acuteDanger", FieldType.YesNo, T("Är någon i akut fara just nu?", "Is anyone in immediate danger right now?"), T("om någon är i akut fara", "whether anyone is in immediate danger"))
        {
            Required = true,
            Hint = T("Är någon i akut fara: ring 112.", "If anyone is in immediate danger: call 112."),
        },
        new("personName", FieldType.Text, T("Personens namn", "The person's name"), T("personens namn", "the person's name")),
        new("personIdentityNumber", FieldType.PersonalIdentityNumber, T("Personens personnummer", "The person's personal identity number"), T("personnummer", "personal identity number"))
        {
            MaxLength = 13,
            Hint = T("Om du vet det. ÅÅÅÅMMDD-NNNN.", "If you know it. YYYYMMDD-NNNN."),
        },
        new("personAddress", FieldType.Text, T("Personens adress", "The person's address"), T("personens adress", "the person's address")),
        new("professional", FieldType.YesNo, T("Gör du anmälan i din yrkesroll?", "Are you reporting in your professional role?"), T("om du anmäler i din yrkesroll", "whether you report in your professional role"))
        {
            Required = true,
            Hint = T(
                "Till exempel som lärare, vårdpersonal eller polis. Då har du anmälningsskyldighet och måste uppge namn och arbetsplats.",
                "For example as a teacher, health worker or police officer. You then have a duty to report and must give your name and workplace."),
        },
        new("anonymous", FieldType.YesNo, T("Vill du vara anonym?", "Do you want to be anonymous?"), T("om du vill vara anonym", "whether you want to be anonymous"))
        {
            Required = true,
            Hint = T(
                "Om du är anonym sparar vi inget om dig och kan inte kontakta dig.",
                "If you are anonymous we store nothing about you and cannot contact you."),
        },
        OwnName("reporterName", Named),
        new("reporterOrganisation", FieldType.Text, T("Din arbetsplats eller organisation", "Your workplace or organisation"), T("arbetsplats", "workplace"))
        {
            Required = true,
            AskWhen = new("professional", "true"),
        },
        Phone("reporterPhone", Named),
        Email("reporterEmail", Named),
        new("reporterRelation", FieldType.Text, T("Din relation till personen", "Your relation to the person"), T("din relation till personen", "your relation to the person"))
        {
            AskWhen = Named,
        },
    ],
    [
        new NotBoth(new("professional", "true"), new("anonymous", "true"), "anonymous", ValidationCodes.ProfessionalCannotBeAnonymous),
        PhoneOrEmail("reporterPhone", "reporterEmail"),
    ]);
}
