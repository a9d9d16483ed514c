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
        "Förlåt, jag kunde inte bekräfta att det kom fram. Det du skrivit finns kvar: skriv \"skicka\" om en stund för att försöka igen. Har det redan kommit fram får du samma ärendenummer, det blir inte två. Du kan också ringa {Kundcenter} på {KundcenterPhone}. Är någon i akut fara: ring 112.",
        "Sorry, I could not confirm that it arrived. What you wrote is kept: write \"send\" in a while to try again. If it did arrive, you get the same reference number, not a second one. You can also call {KundcenterShort} on {KundcenterPhoneInternational}. If anyone is in immediate danger: call 112.");

    public static readonly LocalizedText Sent = new("Tack, det är skickat. Ditt ärendenummer är {0}.", "Thank you, it has been sent. Your reference number is {0}.");

    public static readonly LocalizedText Anonymity = new(
        "Du kan vara anonym. Då sparar vi inget om dig, men vi kan inte heller kontakta dig. Om du anmäler i din yrkesroll måste du uppge namn och arbetsplats.",
        "You can stay anonymous. Then we store nothing about you, but we also cannot contact you. If you report in your professional role you must give your name and workplace.");

    public static readonly LocalizedText ChildRules = new(
        "När oron gäller ett barn måste socialtjänsten bedöma den, och det görs skyndsamt.",
        "When a concern is about a child, social services must assess it, and do so promptly.");

    public static readonly LocalizedText ChoiceSelfTest = new("Göra ett självtest", "Take a self-test");

    public static readonly LocalizedText ChoiceTalk = new("Prata med någon", "Talk to someone");

    public static readonly LocalizedText Help = new(
        "Jag är en automatisk chatt. Jag kan hjälpa dig att anmäla oro för någon, ansöka om stöd för egen del, be om stöd som anhörig och göra ett självtest om alkohol, droger eller spel om pengar. "
            + "Jag kan också svara på frågor om det kommunens sidor tar upp, till exempel vad som händer när du kontaktar oss, vem som får veta, hur en utredning går till, behandling i öppenvården, hjälp med boende och arbete, vilka insatser du kan få, {TreatmentHome}, stöd till anhöriga och stödgrupper som AA och NA. "
            + "Du kan när som helst skriva \"avbryt\", \"börja om\" eller \"English\". Vill du prata med en människa: {Kundcenter} {KundcenterPhone} på vardagar. Är någon i akut fara: ring 112.",
        "I am an automated chat. I can help you report a concern about someone, apply for support for yourself, ask for support as a relative and take a self-test about alcohol, drugs or gambling. "
            + "I can also answer questions about what the municipality's pages cover, for example what happens when you contact us, who gets to know, how an investigation works, outpatient treatment, help with housing and work, the support you can be granted, {TreatmentHome}, support for relatives and peer groups such as AA and NA. "
            + "You can write \"cancel\", \"restart\" or \"svenska\" at any time. To talk to a person: {Kundcenter} {KundcenterPhoneInternational} on weekdays. If anyone is in immediate danger: call 112.");

    public static readonly LocalizedText NoThanks = new("Nej tack", "No thanks");

    public static readonly LocalizedText TalkOpen = new(
        "{Kundcenter} har öppet nu. Ring {KundcenterPhone} så får du prata med en människa som hjälper dig vidare till en socialsekreterare. Är någon i akut fara: ring 112.",
        "{Kundcenter} is open now. Call {KundcenterPhoneInternational} to talk to a person who will put you in touch with a social worker. If anyone is in immediate danger: call 112.");

    /// <summary>{0}: when Kundcenter opens next.</summary>
    public static readonly LocalizedText TalkClosed = new(
        "{Kundcenter} har stängt nu och öppnar igen {0}. Vill du att en socialsekreterare ringer upp dig? Då frågar jag efter ditt telefonnummer och när det passar dig. "
            + "Behöver du prata med någon nu: Självmordslinjen 90101, dygnet runt. Är någon i akut fara: ring 112.",
        "{Kundcenter} is closed now and opens again {0}. Would you like a social worker to call you back? Then I will ask for your phone number and when suits you. "
            + "If you need to talk to someone now: Självmordslinjen 90101, day and night. If anyone is in immediate danger: call 112.");

    /// <summary>{0}: when Kundcenter opens next. Said in the middle of a form, which then goes on.</summary>
    public static readonly LocalizedText TalkClosedAside = new(
        "{Kundcenter} har stängt nu och öppnar igen {0}. Skickar du det här hör en socialsekreterare av sig. Behöver du prata med någon nu: Självmordslinjen 90101, dygnet runt. Är någon i akut fara: ring 112.",
        "{Kundcenter} is closed now and opens again {0}. If you send this, a social worker will get in touch. If you need to talk to someone now: Självmordslinjen 90101, day and night. If anyone is in immediate danger: call 112.");

    public static readonly LocalizedText CallMeBack = new("Ja, ring upp mig", "Yes, call me back");

    public static readonly LocalizedText CallBackStart = new(
        "Bra. Jag frågar några saker, och du ser allt innan något skickas.",
        "Good. I will ask a few things, and you will see everything before anything is sent.");

    public static readonly LocalizedText CallBackNeedsPhone = new(
        "För att vi ska kunna ringa upp dig behöver jag ditt telefonnummer. Vill du hellre bli kontaktad via e-post: skriv \"avbryt\" och välj \"Ansöka om stöd för mig\".",
        "To call you back we need your phone number. If you would rather be contacted by email: write \"cancel\" and choose \"Apply for support for myself\".");

    public static readonly LocalizedText CallBackDeclined = new(
        "Okej. Du kan ringa {Kundcenter} på {KundcenterPhone} när de har öppet, eller skriva här när du vill.",
        "All right. You can call {Kundcenter} on {KundcenterPhoneInternational} when they are open, or write here whenever you like.");

    public static readonly LocalizedText CallBackSummary = new("Skickas också med: att du vill bli uppringd.", "Also sent: that you want to be called back.");

    /// <summary>For the social worker, always Swedish: what the person asked for besides the form's answers.</summary>
    public const string CallBackStaffNote = "Vill bli uppringd (begärt i chatten när {Kundcenter} hade stängt).";

    public static readonly LocalizedText SelfTestIntro = new(
        "Självtestet heter AUDIT och har tio frågor om dina alkoholvanor. Välj det svar som passar bäst. "
            + "Dina svar sparas inte: när testet är klart ser bara du resultatet, och du väljer själv om du vill skicka med det i en ansökan om stöd. Skriv \"avbryt\" när du vill sluta.",
        "The self-test is called AUDIT and has ten questions about your drinking. Choose the answer that fits best. "
            + "Your answers are not kept: when the test is done only you see the result, and you decide whether to send it with an application for support. Write \"cancel\" whenever you want to stop.");

    /// <summary>{0}: the question's number, {1}: how many there are.</summary>
    public static readonly LocalizedText SelfTestQuestion = new("Fråga {0} av {1}: ", "Question {0} of {1}: ");

    public static readonly LocalizedText SelfTestSkipToLast = new(
        "Då hoppar vi till de två sista frågorna.",
        "Then we skip to the last two questions.");

    public static readonly LocalizedText SelfTestWhichLimits = new(
        "Vilka gränser vill du jämföra ditt resultat med?",
        "Which limits do you want to compare your result with?");

    /// <summary>{0}: the score, {1}: the most points the test gives.</summary>
    public static readonly LocalizedText SelfTestScore = new("Du fick {0} av {1} poäng.", "You scored {0} out of {1}.");

    public static readonly LocalizedText SelfTestOffer = new(
        "Vill du ansöka om stöd? Du kan skicka med resultatet om du vill. Annars sparas det inte.",
        "Would you like to apply for support? You can send your result with it if you like. Otherwise it is not kept.");

    public static readonly LocalizedText ApplyWithResult = new("Ansök och skicka med resultatet", "Apply and send the result");

    public static readonly LocalizedText ApplyWithoutResult = new("Ansök utan resultatet", "Apply without the result");

    public static readonly LocalizedText SelfTestDeclined = new(
        "Okej. Resultatet är borttaget. Du är välkommen tillbaka när du vill.",
        "All right. The result has been deleted. You are welcome back whenever you like.");

    /// <summary>{0}: the test's name, {1}: the score, {2}: the most points, {3}: the level in words.</summary>
    public static readonly LocalizedText SelfTestSummary = new(
        "Skickas också med: självtestet {0}, {1} av {2} poäng ({3}).",
        "Also sent: the {0} self-test, {1} of {2} points ({3}).");

    /// <summary>{0}: what to switch to.</summary>
    public static readonly LocalizedText SwitchOffer = new(
        "Vill du lämna det du håller på med och i stället {0}? Det du har svarat hittills skickas inte.",
        "Do you want to leave what you are doing and {0} instead? What you have answered so far will not be sent.");

    public static readonly LocalizedText SwitchYes = new("Ja, byt", "Yes, switch");

    public static readonly LocalizedText SwitchNo = new("Nej, fortsätt", "No, go on");

    public static readonly LocalizedText ToConcern = new("anmäla oro för någon", "report a concern");

    public static readonly LocalizedText ToSelf = new("ansöka om stöd för dig själv", "apply for support for yourself");

    public static readonly LocalizedText ToRelative = new("be om stöd som anhörig", "ask for support as a relative");

    public static readonly LocalizedText ToSelfTest = new("göra självtestet om alkohol", "do the alcohol self-test");

    public static LocalizedText LevelName(Audit.AuditLevel level) => Audit.AuditResults.LevelName(level);
}
