using Intake.Core.Localization;

namespace Intake.Bot.Dialogs;

/// <summary>What the bot says around the questions. Swedish first; short, kind, honest that it is a machine.</summary>
internal static class BotTexts
{
    public static readonly LocalizedText Greeting = new(
        "Hej! Jag är en automatisk chatt från socialtjänsten. Här kan du anmäla oro för någon, ansöka om stöd för egen del eller be om stöd som anhörig. " +
        "Socialsekreterarna arbetar vardagar på kontorstid och läser det du skickar då. Är någon i akut fara: ring 112. Behöver du prata med någon nu: Självmordslinjen 90101.",
        "Hello! I am an automated chat from social services. Here you can report a concern about someone, apply for support for yourself or ask for support as a relative. " +
        "Social workers work on weekdays during office hours and read what you send then. If anyone is in immediate danger: call 112. If you need to talk to someone now: Självmordslinjen 90101.");

    public static readonly LocalizedText WhatDoYouWant = new("Vad vill du göra?", "What would you like to do?");

    public static readonly LocalizedText ChoiceConcern = new("Anmäla oro för någon", "Report a concern");

    public static readonly LocalizedText ChoiceSelf = new("Ansöka om stöd för mig", "Apply for support for myself");

    public static readonly LocalizedText ChoiceRelative = new("Stöd som anhörig", "Support as a relative");

    public static readonly LocalizedText Skip = new("Hoppa över", "Skip");

    public static readonly LocalizedText Yes = new("Ja", "Yes");

    public static readonly LocalizedText No = new("Nej", "No");

    public static readonly LocalizedText DidNotUnderstand = new(
        "Jag förstod inte riktigt. Välj ett av alternativen, eller skriv ditt svar på nytt.",
        "I did not quite understand. Choose one of the options, or write your answer again.");

    public static readonly LocalizedText Summary = new("Så här ser det ut. Vill du skicka det?", "This is what you wrote. Do you want to send it?");

    public static readonly LocalizedText Send = new("Skicka", "Send");

    public static readonly LocalizedText Change = new("Ändra", "Change");

    public static readonly LocalizedText Cancel = new("Avbryt", "Cancel");

    public static readonly LocalizedText WhichToChange = new("Vilket svar vill du ändra?", "Which answer do you want to change?");

    public static readonly LocalizedText Cancelled = new(
        "Jag har avbrutit. Inget har skickats och det du skrev är borttaget. Skriv när du vill börja igen.",
        "I have cancelled. Nothing was sent and what you wrote is deleted. Write whenever you want to start again.");

    public static readonly LocalizedText Unavailable = new(
        "Förlåt, jag kan inte skicka just nu. Det du skrivit finns kvar: skriv \"skicka\" om en stund för att försöka igen, eller ring Kundcenter på 063-14 30 00. Är någon i akut fara: ring 112.",
        "Sorry, I cannot send right now. What you wrote is kept: write \"send\" in a while to try again, or call Kundcenter on +46 63 14 30 00. If anyone is in immediate danger: call 112.");

    public static readonly LocalizedText Sent = new("Tack, det är skickat. Ditt ärendenummer är {0}.", "Thank you, it has been sent. Your reference number is {0}.");

    public static readonly LocalizedText Anonymity = new(
        "Du kan vara anonym. Då sparar vi inget om dig, men vi kan inte heller kontakta dig. Om du anmäler i din yrkesroll måste du uppge namn och arbetsplats.",
        "You can stay anonymous. Then we store nothing about you, but we also cannot contact you. If you report in your professional role you must give your name and workplace.");

    public static readonly LocalizedText ChildRules = new(
        "När oron gäller ett barn måste socialtjänsten bedöma den, och det görs skyndsamt.",
        "When a concern is about a child, social services must assess it, and do so promptly.");
}
