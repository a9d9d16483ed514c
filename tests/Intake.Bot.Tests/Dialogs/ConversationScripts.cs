namespace Intake.Bot.Tests.Dialogs;

/// <summary>
/// Conversations as data: what the person writes, and text the bot's replies to it must contain (every fragment, in
/// any of the replies of that turn). "!" before a fragment means the replies must NOT contain it.
/// </summary>
internal static class ConversationScripts
{
    public static readonly IReadOnlyDictionary<string, (string User, string[] Bot)[]> All = new Dictionary<string, (string, string[])[]>
    {
        ["support-request-sv"] =
        [
            ("hej", ["automatisk chatt", "112", "Vad vill du göra?"]),
            ("jag vill ha hjälp, jag dricker för mycket", ["Ditt namn"]),
            ("Bo Berg", ["Ditt personnummer", "Hoppa över"]),
            ("hoppa över", ["Telefonnummer"]),
            ("070-123 45 67", ["E-postadress"]),
            ("bo.berg@example", ["rätt format", "E-postadress"]),
            ("bo.berg@example.se", ["När passar det bäst"]),
            ("Förmiddag", ["Vad vill du ha stöd med?", "komma emellan"]),
            ("alkohol och spel om pengar", ["18 år eller äldre"]),
            ("japp", ["Är du gravid?"]),
            ("nej", ["berätta något mer"]),
            ("hoppa över", ["socialsekreterare kontaktar mig"]),
            ("ja", ["Vill du skicka det?", "Ditt namn: Bo Berg", "Alkohol, Spel om pengar", "Skicka"]),
            ("skicka", ["Ditt ärendenummer är TEST-REF1-2345", "kontorstid"]),
        ],
        ["relative-en-after-switch"] =
        [
            ("english please", ["I will write in English now", "What would you like to do?"]),
            ("3", ["Your name"]),
            ("Cia Carlsson", ["Phone number"]),
            ("skip", ["Email address"]),
            ("skip", ["Who is the person to you?"]),
            ("partner", ["children under 18"]),
            ("yes", ["anything else"]),
            ("skip", ["contact me"]),
            ("yes", ["Enter a phone number or an email address"]),
        ],
        ["anonymous-concern-with-correction"] =
        [
            ("jag är orolig för min granne", ["Vem gäller din oro?"]),
            ("en vuxen, 18 år eller äldre", ["Vad gäller oron?"]),
            ("narkotika eller andra droger", ["Beskriv din oro"]),
            ("Han verkar må dåligt och har slutat gå ut.", ["Bor det barn hos personen?"]),
            ("vet inte", ["akut fara"]),
            ("nej", ["Personens namn"]),
            ("hoppa över", ["Personens personnummer"]),
            ("121212-1213", ["Personnumret stämmer inte", "Personens personnummer"]),
            ("hoppa över", ["Personens adress"]),
            ("hoppa över", ["Du kan vara anonym", "yrkesroll"]),
            ("nej", ["Vill du vara anonym?"]),
            ("ja", ["Vill du skicka det?", "Vill du vara anonym?: Ja", "!Ditt namn"]),
            ("ändra", ["Vilket svar vill du ändra?"]),
            ("Bor det barn hos personen?", ["Bor det barn hos personen?"]),
            ("ja", ["Vill du skicka det?", "Bor det barn hos personen?: Ja"]),
            ("skicka", ["TEST-REF1-2345"]),
        ],
        ["professional-cannot-be-anonymous"] =
        [
            ("anmäla oro", ["Vem gäller din oro?"]),
            ("ett barn eller en ungdom under 18 år", ["måste socialtjänsten bedöma", "Vad gäller oron?"]),
            ("alkohol", ["Beskriv din oro"]),
            ("Eleven luktar alkohol på morgnarna.", ["Bor det barn"]),
            ("vet inte", ["akut fara"]),
            ("nej", ["Personens namn"]),
            ("hoppa över", ["personnummer"]),
            ("hoppa över", ["adress"]),
            ("hoppa över", ["yrkesroll"]),
            ("ja", ["Vill du vara anonym?"]),
            ("ja", ["Du kan inte vara anonym", "Vill du vara anonym?"]),
            ("nej", ["Ditt namn"]),
        ],
        ["cancel-midway"] =
        [
            ("jag vill ansöka om stöd", ["Ditt namn"]),
            ("Bo", ["personnummer"]),
            ("avbryt", ["Inget har skickats", "Vad vill du göra?"]),
            ("2", ["Ditt namn"]),
        ],
        ["restart"] =
        [
            ("stöd som anhörig", ["Ditt namn"]),
            ("börja om", ["Vad vill du göra?"]),
        ],
        ["crisis-first"] =
        [
            ("jag vill inte leva längre", ["112", "90101"]),
            ("1", ["Vem gäller din oro?"]),
        ],
        ["crisis-midway-keeps-the-place"] =
        [
            ("ansöka om stöd", ["Ditt namn"]),
            ("Bo", ["personnummer"]),
            ("jag tänker ta livet av mig", ["112", "90101", "Ditt personnummer", "!Personnumret stämmer inte"]),
            ("hoppa över", ["Telefonnummer"]),
        ],
        ["crisis-instead-of-a-name-is-not-taken-as-the-name"] =
        [
            ("jag vill ansöka om stöd", ["Ditt namn"]),
            ("kms", ["112", "90101", "Ditt namn", "!personnummer"]),
            ("Bo Berg", ["Ditt personnummer"]),
        ],
        ["violence-in-a-concern-description-is-kept-as-the-description"] =
        [
            ("anmäla oro", ["Vem gäller din oro?"]),
            ("en vuxen, 18 år eller äldre", ["Vad gäller oron?"]),
            ("alkohol", ["Beskriv din oro"]),
            ("Han dricker varje kväll och slår sin fru.", ["112", "Bor det barn hos personen?"]),
        ],
        ["support-request-en-guessed-from-writing"] =
        [
            ("hello", ["automated chat", "112", "What would you like to do?", "Take a self-test", "Talk to someone"]),
            ("I need help, I drink too much", ["Your name"]),
            ("Bo Berg", ["personal identity number", "Skip"]),
            ("skip", ["Phone number"]),
            ("070-123 45 67", ["Email address"]),
            ("skip", ["When is it best for us to contact you?"]),
            ("afternoon", ["What do you want support with?"]),
            ("alcohol", ["18 or older"]),
            ("yes", ["pregnant"]),
            ("no", ["anything else"]),
            ("skip", ["I want a social worker to contact me"]),
            ("yes", ["Do you want to send it?", "Your name: Bo Berg", "Afternoon", "!Ditt namn"]),
            ("send", ["Your reference number is TEST-REF1-2345"]),
        ],
        ["concern-en-anonymous"] =
        [
            ("Hi, I'm worried about my neighbour", ["Hello!", "Who are you worried about?"]),
            ("An adult, 18 or older", ["What is the concern about?"]),
            ("drugs", ["Describe your concern"]),
            ("He seems unwell and has stopped going out.", ["Do children live with the person?"]),
            ("dont know", ["immediate danger"]),
            ("no", ["The person's name"]),
            ("skip", ["personal identity number"]),
            ("skip", ["address"]),
            ("skip", ["You can stay anonymous", "professional role"]),
            ("no", ["Do you want to be anonymous?"]),
            ("yes", ["Do you want to send it?", "Do you want to be anonymous?: Yes", "!Your name"]),
            ("send", ["TEST-REF1-2345"]),
        ],
        ["concern-child-en-professional"] =
        [
            ("english", ["I will write in English now"]),
            ("1", ["Who are you worried about?"]),
            ("A child or young person under 18", ["social services must assess it", "What is the concern about?"]),
            ("alcohol", ["Describe your concern"]),
            ("The pupil smells of alcohol in the mornings.", ["Do children live"]),
            ("dont know", ["immediate danger"]),
            ("no", ["The person's name"]),
            ("skip", ["personal identity number"]),
            ("skip", ["address"]),
            ("skip", ["professional role"]),
            ("yes", ["Do you want to be anonymous?"]),
            ("yes", ["Do you want to be anonymous?"]),
            ("no", ["Your name"]),
        ],
        ["relative-sv-sent"] =
        [
            ("min man dricker, jag behöver stöd som anhörig", ["Ditt namn"]),
            ("Cia Carlsson", ["Telefonnummer"]),
            ("hoppa över", ["E-postadress"]),
            ("cia@example.se", ["Vem är personen för dig?"]),
            ("partner", ["Berörs barn under 18 år?", "Fjärilen"]),
            ("ja", ["berätta något mer"]),
            ("Vi har två barn.", ["socialsekreterare kontaktar mig"]),
            ("ja", ["Vill du skicka det?", "Partner", "Vi har två barn."]),
            ("skicka", ["TEST-REF1-2345"]),
        ],
        ["cancel-en"] =
        [
            ("english please", ["What would you like to do?"]),
            ("Apply for support for myself", ["Your name"]),
            ("Bo", ["personal identity number"]),
            ("cancel", ["Nothing was sent", "What would you like to do?"]),
        ],
        ["restart-en"] =
        [
            ("english", ["What would you like to do?"]),
            ("Support as a relative", ["Your name"]),
            ("start over", ["Nothing was sent", "What would you like to do?"]),
        ],
        ["crisis-first-en"] =
        [
            ("i want to kill myself", ["112", "90101", "Hello!"]),
            ("2", ["Your name"]),
        ],
        ["crisis-during-self-test"] =
        [
            ("självtest om alkohol", ["AUDIT", "Fråga 1 av 10"]),
            ("2-4 gånger i månaden", ["Fråga 2 av 10"]),
            ("jag vill inte leva längre", ["112", "90101", "Fråga 2 av 10"]),
        ],
        ["help-midway-asks-again"] =
        [
            ("jag vill ansöka om stöd", ["Ditt namn"]),
            ("Bo Berg", ["Ditt personnummer"]),
            ("hjälp", ["automatisk chatt", "avbryt", "Ditt personnummer"]),
            ("hoppa över", ["Telefonnummer"]),
        ],
        ["help-en"] =
        [
            ("help", ["I am an automated chat", "help with housing and work", "peer groups such as AA and NA", "What would you like to do?"]),
        ],
        ["question-midway-is-answered-then-the-form-goes-on"] =
        [
            ("anmäla oro", ["Vem gäller din oro?"]),
            ("vem får veta att jag har hört av mig?", ["sekretess", "Vem gäller din oro?"]),
            ("en vuxen, 18 år eller äldre", ["Vad gäller oron?"]),
        ],
        ["switch-topic-midway-confirmed"] =
        [
            ("jag vill ansöka om stöd", ["Ditt namn"]),
            ("Bo Berg", ["Ditt personnummer"]),
            ("hoppa över", ["Telefonnummer"]),
            ("070-123 45 67", ["E-postadress"]),
            ("hoppa över", ["När passar det bäst"]),
            ("egentligen är jag orolig för min bror", ["Vill du lämna det du håller på med", "anmäla oro för någon", "Ja, byt"]),
            ("Ja, byt", ["Vem gäller din oro?"]),
        ],
        ["switch-topic-midway-declined-keeps-the-answers"] =
        [
            ("ansöka om stöd", ["Ditt namn"]),
            ("Bo Berg", ["Ditt personnummer"]),
            ("hoppa över", ["Telefonnummer"]),
            ("070-123 45 67", ["E-postadress"]),
            ("hoppa över", ["När passar det bäst"]),
            ("kan jag göra självtestet?", ["göra ett självtest"]),
            ("Nej, fortsätt", ["När passar det bäst"]),
            ("förmiddag", ["Vad vill du ha stöd med?"]),
        ],
        ["typos-and-no-capitals"] =
        [
            ("jg vill ansoka om stod", ["Ditt namn"]),
            ("bo berg", ["personnummer"]),
            ("hoppa ver", ["Personnumret stämmer inte", "Ditt personnummer", "!Telefonnummer"]),
            ("HOPPA ÖVER", ["Telefonnummer"]),
            ("0701234567", ["E-postadress"]),
            ("bo.berg@example.se", ["När passar"]),
            ("förmidag", ["Jag förstod inte", "När passar"]),
        ],
        ["self-test-never-drinks-skips-to-nine-and-keeps-nothing"] =
        [
            ("självtest om alkohol", ["AUDIT", "sparas inte", "Fråga 1 av 10: Hur ofta dricker du alkohol?", "Aldrig"]),
            ("Aldrig", ["två sista frågorna", "Fråga 9 av 10"]),
            ("Nej", ["Fråga 10 av 10"]),
            ("nej", ["Vilka gränser", "Kommunens gränser, samma för alla", "Gränserna för kvinnor i vården"]),
            ("Kommunens gränser, samma för alla", ["Du fick 0 av 40 poäng", "låg risk", "ingen diagnos", "Ansök och skicka med resultatet"]),
            ("Nej tack", ["Resultatet är borttaget", "Vad vill du göra?"]),
        ],
        ["self-test-no-drinking-days-skips-to-nine"] =
        [
            ("4", ["Vilket självtest vill du göra?", "Alkohol (AUDIT)", "Droger (DUDIT)", "Spel om pengar (PGSI)"]),
            ("1", ["AUDIT", "Fråga 1 av 10"]),
            ("1 gång i månaden eller mer sällan", ["Fråga 2 av 10"]),
            ("1-2", ["Fråga 3 av 10"]),
            ("aldrig", ["två sista frågorna", "Fråga 9 av 10"]),
        ],
        ["self-test-attached-to-a-support-request"] =
        [
            ("Självtest om alkohol", ["Fråga 1 av 10"]),
            ("2–4 gånger i månaden", ["Fråga 2 av 10"]),
            ("3", ["Fråga 3 av 10"]),
            ("varje månad", ["Fråga 4 av 10"]),
            ("mer sällan än en gång i månaden", ["Fråga 5 av 10"]),
            ("2", ["Fråga 6 av 10"]),
            ("aldrig", ["Fråga 7 av 10"]),
            ("varje månad", ["Fråga 8 av 10"]),
            ("Mer sällan än en gång i månaden", ["Fråga 9 av 10"]),
            ("nej", ["Fråga 10 av 10"]),
            ("Ja, under det senaste året", ["Vilka gränser"]),
            ("1", ["Du fick 14 av 40 poäng", "riskbruk 7–15 poäng", "riskbruk"]),
            ("Ansök och skicka med resultatet", ["Ditt namn"]),
            ("Bo Berg", ["personnummer"]),
            ("hoppa över", ["Telefonnummer"]),
            ("070-123 45 67", ["E-postadress"]),
            ("hoppa över", ["När passar"]),
            ("hoppa över", ["Vad vill du ha stöd med?"]),
            ("alkohol", ["18 år"]),
            ("ja", ["gravid"]),
            ("nej", ["berätta något mer"]),
            ("hoppa över", ["kontaktar mig"]),
            ("ja", ["Vill du skicka det?", "Skickas också med: självtestet AUDIT, 14 av 40 poäng (riskbruk)"]),
            ("skicka", ["TEST-REF1-2345"]),
        ],
        ["self-test-en-dependence"] =
        [
            ("am i an alcoholic?", ["AUDIT", "Question 1 of 10"]),
            ("2 to 4 times a month", ["Question 2 of 10"]),
            ("7", ["Question 3 of 10"]),
            ("weekly", ["Question 4 of 10"]),
            ("monthly", ["Question 5 of 10"]),
            ("2", ["Question 6 of 10"]),
            ("never", ["Question 7 of 10"]),
            ("weekly", ["Question 8 of 10"]),
            ("monthly", ["Question 9 of 10"]),
            ("yes, during the last year", ["Question 10 of 10"]),
            ("Yes, but not in the last year", ["Which limits"]),
            ("Health care's limits for men", ["You scored 22 out of 40", "dependent", "do not stop suddenly", "Apply and send the result"]),
            ("no thanks", ["The result has been deleted"]),
        ],
        ["self-test-cancelled"] =
        [
            ("självtest om alkohol", ["Fråga 1 av 10"]),
            ("2–3 gånger i veckan", ["Fråga 2 av 10"]),
            ("avbryt", ["Inget har skickats", "Vad vill du göra?"]),
        ],
        ["self-test-not-understood-asks-again"] =
        [
            ("självtest om alkohol", ["Fråga 1 av 10"]),
            ("kanske ibland", ["Jag förstod inte", "Fråga 1 av 10"]),
        ],
        ["self-test-which-one-sv"] =
        [
            ("självtest", ["Vilket självtest vill du göra?", "Alkohol (AUDIT)", "Droger (DUDIT)", "Spel om pengar (PGSI)"]),
            ("kanske", ["Jag förstod inte", "Vilket självtest vill du göra?"]),
            ("spel", ["PGSI", "nio frågor", "Fråga 1 av 9", "!AUDIT"]),
        ],
        ["self-test-which-one-en-by-button"] =
        [
            ("english", ["What would you like to do?", "Take a self-test"]),
            ("Take a self-test", ["Which self-test would you like to take?", "Gambling (PGSI)"]),
            ("Drugs (DUDIT)", ["DUDIT", "eleven questions", "Alcohol does not count", "Question 1 of 11: How often do you take drugs (not alcohol)?"]),
        ],
        ["self-test-which-one-declined"] =
        [
            ("testa mina vanor", ["Vilket självtest"]),
            ("nej tack", ["Vad vill du göra?", "!Fråga 1"]),
        ],
        ["dudit-sv-with-a-typo-compared-with-mens-limit-and-declined"] =
        [
            ("kan jag göra ett självtst om droger?", ["DUDIT", "elva frågor", "Alkohol räknas inte", "sparas inte",
                "Fråga 1 av 11: Hur ofta tar du droger (inte alkohol)?", "Aldrig", "4 gånger i veckan eller oftare", "!AUDIT"]),
            ("2–4 gånger i månaden", ["Fråga 2 av 11"]),
            ("aldrig", ["Fråga 3 av 11", "7 eller fler"]),
            ("2", ["Fråga 4 av 11"]),                                     // two times a day: "1–2"
            ("mer sällan än en gång i månaden", ["Fråga 5 av 11"]),
            ("aldrig", ["Fråga 6 av 11"]),
            ("Aldrig", ["Fråga 7 av 11"]),
            ("2", ["Fråga 8 av 11"]),                                     // the second button: less than once a month
            ("aldrig", ["Fråga 9 av 11"]),
            ("varje månad", ["Fråga 10 av 11", "Ja, men inte under det senaste året"]),
            ("nej", ["Fråga 11 av 11"]),
            ("Ja, men inte under det senaste året", ["olika gränser för kvinnor och män", "Gränsen för kvinnor", "Gränsen för män", "Jag vill inte ange kön"]),
            ("Gränsen för män", ["Du fick 9 av 44 poäng", "Gränsen för män: drogrelaterade problem från 6 poäng, troligt beroende från 25 poäng",
                "kan ha problem som hänger ihop med droger", "ingen diagnos", "Nexus", "Droghjälpen", "Ansök och skicka med resultatet", "Nej tack"]),
            ("Nej tack", ["Resultatet är borttaget", "Vad vill du göra?"]),
        ],
        ["dudit-en-without-a-sex-given-reads-the-lower-limit"] =
        [
            ("do i use too much cannabis?", ["DUDIT", "Question 1 of 11"]),
            ("once a month or less", ["Question 2 of 11"]),
            ("never", ["Question 3 of 11"]),
            ("1 or 2", ["Question 4 of 11"]),
            ("never", ["Question 5 of 11"]),
            ("never", ["Question 6 of 11"]),
            ("never", ["Question 7 of 11"]),
            ("never", ["Question 8 of 11"]),
            ("never", ["Question 9 of 11"]),
            ("never", ["Question 10 of 11"]),
            ("no", ["Question 11 of 11"]),
            ("no", ["different limits for women and men", "I would rather not say"]),
            ("I would rather not say", ["You scored 2 out of 44", "With no sex given, the result is compared with the lower limit: drug-related problems from 2 points",
                "may have problems related to drugs", "not a diagnosis"]),
        ],
        ["pgsi-sv-spelar-jag-for-mycket-leads-to-pgsi-not-audit"] =
        [
            ("spelar jag för mycket?", ["PGSI", "nio frågor", "tolv månaderna", "Fråga 1 av 9: Hur ofta har du spelat för mer pengar", "Aldrig", "Ibland", "För det mesta", "Nästan alltid", "!AUDIT", "!alkohol"]),
            ("aldrig", ["Fråga 2 av 9"]),
            ("ibland", ["Fråga 3 av 9"]),
            ("aldrig", ["Fråga 4 av 9"]),
            ("aldrig", ["Fråga 5 av 9"]),
            ("Ibland", ["Fråga 6 av 9"]),
            ("aldrig", ["Fråga 7 av 9"]),
            ("aldrig", ["Fråga 8 av 9"]),
            ("aldrig", ["Fråga 9 av 9"]),
            ("aldrig", ["Du fick 2 av 27 poäng", "Gränserna: låg risk 1–2 poäng, måttlig risk 3–7 poäng, spelproblem från 8 poäng", "låg risk",
                "ingen diagnos", "Stödlinjen", "!Vilka gränser", "Ansök och skicka med resultatet"]),
            ("nej tack", ["Resultatet är borttaget"]),
        ],
        ["pgsi-en-with-a-typo-attached-to-a-support-request"] =
        [
            ("is there a test for my gamblnig?", ["PGSI", "nine questions", "twelve months", "Question 1 of 9: How often have you gambled more money", "Never", "Almost always", "!AUDIT"]),
            ("sometimes", ["Question 2 of 9"]),
            ("never", ["Question 3 of 9"]),
            ("most of the time", ["Question 4 of 9"]),
            ("1", ["Question 5 of 9"]),
            ("2", ["Question 6 of 9"]),
            ("never", ["Question 7 of 9"]),
            ("never", ["Question 8 of 9"]),
            ("sometimes", ["Question 9 of 9"]),
            ("almost always", ["You scored 8 out of 27", "problem gambling from 8 points", "Your answers suggest problem gambling", "not a diagnosis",
                "Stödlinjen", "Spelpaus.se", "Apply and send the result"]),
            ("Apply and send the result", ["Your name"]),
            ("Dan Dahl", ["personal identity number"]),
            ("skip", ["Phone number"]),
            ("070-123 45 67", ["Email address"]),
            ("skip", ["When is it best"]),
            ("afternoon", ["What do you want support with?"]),
            ("gambling", ["18 or older"]),
            ("yes", ["pregnant"]),
            ("no", ["anything"]),
            ("skip", ["contact"]),
            ("yes", ["Do you want to send it?", "Also sent: the PGSI self-test, 8 of 27 points (problem gambling)"]),
            ("send", ["TEST-REF1-2345"]),
        ],
        ["switch-from-audit-to-pgsi-midway"] =
        [
            ("självtest om alkohol", ["Fråga 1 av 10"]),
            ("jag vill hellre testa mitt spelande", ["Vill du lämna det du håller på med", "göra självtestet om spel", "Ja, byt"]),
            ("Ja, byt", ["PGSI", "Fråga 1 av 9"]),
        ],
        ["talk-at-night-offers-a-call-back"] =
        [
            ("jag vill prata med någon", ["Kundcenter har stängt nu och öppnar igen måndag 23 november kl. 08.00", "90101", "Ja, ring upp mig"]),
            ("Ja, ring upp mig", ["du ser allt innan", "Ditt namn"]),
            ("Bo Berg", ["personnummer"]),
            ("hoppa över", ["Telefonnummer", "!Hoppa över"]),
            ("hoppa över", ["behöver jag ditt telefonnummer", "Telefonnummer"]),
            ("070-123 45 67", ["E-postadress"]),
            ("hoppa över", ["När passar det bäst"]),
            ("eftermiddag", ["Vad vill du ha stöd med?"]),
            ("alkohol", ["18 år"]),
            ("ja", ["gravid"]),
            ("hoppa över", ["berätta något mer"]),
            ("hoppa över", ["kontaktar mig"]),
            ("ja", ["Vill du skicka det?", "Skickas också med: att du vill bli uppringd", "Eftermiddag"]),
            ("skicka", ["TEST-REF1-2345"]),
        ],
        ["talk-at-night-declined"] =
        [
            ("5", ["Kundcenter har stängt nu"]),
            ("nej tack", ["063-14 30 00", "Vad vill du göra?"]),
        ],
        ["talk-at-night-en"] =
        [
            ("can I talk to a real person", ["closed now and opens again Monday 23 November at 08:00", "Yes, call me back"]),
            ("no", ["What would you like to do?"]),
        ],
        ["talk-midway-keeps-the-form"] =
        [
            ("anmäla oro", ["Vem gäller din oro?"]),
            ("kan jag prata med en människa", ["Kundcenter har stängt nu", "Vem gäller din oro?"]),
        ],

        // The topics of all five seed pages (TopicQuestions has the full table). Facts are placeholders on this branch:
        // only the words around them are checked.
        ["housing-homeless-sv"] =
        [
            ("jag är hemlös", ["Bostad först", "boendetrappa", "var du kan sova i natt", "112", "Vad vill du göra?", "!Björkebo", "!Ditt namn"]),
            ("vad är bostad först?", ["först och främst får en bostad", "!Ditt namn"]),
            ("vad kostar det?", ["Vad något kostar står inte på sidorna", "!Ditt namn"]),
        ],
        ["housing-homeless-en"] =
        [
            ("I am homeless", ["Housing First", "housing staircase", "where you can sleep tonight", "What would you like to do?", "!Björkebo", "!Your name"]),
        ],
        ["gambling-question-gets-the-answer-not-the-alcohol-test"] =
        [
            ("hjälper ni med spelberoende?", ["spel om pengar eller shopping", "PGSI", "!AUDIT", "!Fråga 1"]),
            ("spelar jag för mycket?", ["PGSI", "Fråga 1 av 9", "!AUDIT"]),
        ],
        ["topics-midway-in-a-support-request-sv"] =
        [
            ("jag vill ansöka om stöd", ["Ditt namn"]),
            ("kan jag få hjälp med boende?", ["Bostad först", "Ditt namn"]),
            ("vad är SIP?", ["samordnad individuell plan", "Ditt namn"]),
            ("Bo Berg", ["Ditt personnummer"]),
            ("vad kostar det?", ["Vad något kostar", "Ditt personnummer", "!Personnumret stämmer inte"]),
            ("hoppa över", ["Telefonnummer"]),
            ("finns det AA?", ["Anonyma Alkoholister", "Telefonnummer", "!rätt format"]),
            ("070-123 45 67", ["E-postadress"]),
        ],
        ["topics-midway-in-a-concern-en"] =
        [
            ("I'm worried about my neighbour", ["Who are you worried about?"]),
            ("what is CRAFT?", ["CRAFT", "motivate", "Who are you worried about?"]),
            ("Al-Anon?", ["Alateen", "Who are you worried about?"]),
            ("An adult, 18 or older", ["What is the concern about?"]),
        ],
        ["topic-during-a-self-test"] =
        [
            ("självtest om alkohol", ["Fråga 1 av 10"]),
            ("vad är en kontaktperson?", ["Kontaktperson är en av de insatser", "Fråga 1 av 10"]),
            ("Aldrig", ["två sista frågorna", "Fråga 9 av 10"]),
        ],
        ["unanswered-question-sv"] =
        [
            ("vad är klockan?", ["Det vet jag inte", "jag vill inte gissa", "Vad vill du göra?", "!Ditt namn"]),
        ],
        ["unanswered-question-en"] =
        [
            ("do you sell bus tickets?", ["I do not know", "will not guess", "What would you like to do?", "!Your name"]),
        ],
        ["unanswered-question-midway-keeps-the-form"] =
        [
            ("anmäla oro", ["Vem gäller din oro?"]),
            ("kan jag ta med min hund?", ["Det vet jag inte", "Vem gäller din oro?", "!Jag förstod inte"]),
            ("en vuxen, 18 år eller äldre", ["Vad gäller oron?"]),
        ],
        ["measures-extension-and-lines-sv"] =
        [
            ("vilken hjälp kan jag få?", ["stödboende, sysselsättning, behandling i öppenvård, kontaktperson och behandlingshem", "tidsbegränsade", "!Ditt namn"]),
            ("hur ansöker jag om förlängning?", ["du ansöker själv om förlängning", "!Ditt namn"]),
            ("finns det någon som svarar dygnet runt?", ["dygnet runt", "90101", "112"]),
            ("kommer ni döma mig?", ["icke dömande attityd"]),
        ],
        ["work-peer-support-and-hospital-en"] =
        [
            ("can you help me find a job?", ["IPS", "paid job"]),
            ("where are AA meetings", ["Alcoholics Anonymous", "Meeting times and places are not on the pages"]),
            ("is there addiction care at the hospital?", ["addiction care within health care", "1177"]),
        ],
        ["relatives-topics-sv"] =
        [
            ("kan jag få familjesamtal?", ["enskilda samtal eller familjesamtal", "inget biståndsbeslut", "!Ditt namn"]),
            ("hur får jag min man att söka hjälp?", ["CRAFT", "motivera", "!Ditt namn"]),
            ("Al-Anon", ["Alateen", "föreningar"]),
        ],
    };

    /// <summary>Scripts that run on a weekday in Kundcenter's hours (the others run on a Sunday at 03:00).</summary>
    public static readonly IReadOnlyDictionary<string, (string User, string[] Bot)[]> InOfficeHours = new Dictionary<string, (string, string[])[]>
    {
        ["talk-in-office-hours-sv"] =
        [
            ("jag vill prata med någon", ["Kundcenter har öppet nu", "063-14 30 00", "Vad vill du göra?", "!ring upp"]),
        ],
        ["talk-in-office-hours-en"] =
        [
            ("english", ["What would you like to do?"]),
            ("Talk to someone", ["Kundcenter (customer service) is open now", "+46 63 14 30 00"]),
        ],
    };
}
