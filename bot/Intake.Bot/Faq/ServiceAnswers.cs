using Intake.Bot.Intents;
using Intake.Core.Localization;

namespace Intake.Bot.Faq;

/// <summary>
/// What one can be granted and where it is given: housing, work, the support measures, coordination, the
/// municipality's and the hospital's outpatient care. Each answer is paraphrased from the seed page named above it
/// (in ../shared/seeds/); where the pages say nothing (which models the municipality uses, waiting times, addresses),
/// the answer says so and points to Kundcenter. Municipal facts are placeholders (<c>{Kundcenter}</c> …), filled
/// from configuration.
/// </summary>
internal static class ServiceAnswers
{
    public static IReadOnlyDictionary<string, LocalizedText> All { get; } = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        // 004_9840f40a7e8f2148.txt (Psykosocialt stöd: Hjälp till bostad, Rekommendationer) and 001_fdfb2df0d03130dc.txt (stödboende).
        [FaqTopics.Housing] = new(
            "Har du missbruksproblem och inget hållbart boende kan socialtjänsten hjälpa till, och boendet kan vara en del av stödet. Socialstyrelsen beskriver bland annat Bostad först (först en egen bostad, sedan stöd och vård) och boendetrappa (steg för steg mot ett eget hyreskontrakt). Stödboende är en av de insatser du kan erbjudas. Vilka boenden som finns, hur snabbt och var du kan sova i natt står inte på sidorna jag bygger på – ring {Kundcenter}, {KundcenterPhone}, eller ansök om stöd här. Är någon i fara, ring 112.",
            "If you have an addiction problem and no stable place to live, social services can help, and housing can be part of the support. The National Board of Health and Welfare describes, among others, Housing First (a home of your own first, then support and care) and the housing staircase (step by step towards a tenancy of your own). Supported housing is one of the measures you can be offered. Which housing there is, how soon, and where you can sleep tonight are not on the pages I answer from – call {Kundcenter}, {KundcenterPhone}, or apply for support here. If someone is in danger, call 112."),

        // 004_9840f40a7e8f2148.txt (Hjälp till bostad; Rekommendationer: bostad först).
        [FaqTopics.HousingFirst] = new(
            "Bostad först är ett sätt för socialtjänsten att arbeta med hemlöshet. Grundtanken är att den som är hemlös först och främst får en bostad, och sedan erbjuds fortsatt stöd och vård. Socialstyrelsen rekommenderar det för den som är hemlös och har ett missbruk eller beroende. Om kommunen arbetar med Bostad först står inte på sidorna jag bygger på – fråga {Kundcenter}, {KundcenterPhone}.",
            "Housing First is a way for social services to work with homelessness. The basic idea is that a homeless person first of all gets a home, and is then offered continued support and care. The National Board of Health and Welfare recommends it for people who are homeless and have an addiction. Whether the municipality works with Housing First is not on the pages I answer from – please ask {Kundcenter}, {KundcenterPhone}."),

        // 004_9840f40a7e8f2148.txt (Hjälp till bostad; Rekommendationer: boendetrappa i undantagsfall).
        [FaqTopics.HousingStaircase] = new(
            "Boendetrappa är en modell där den som är hemlös tränar sig fram till ett eget hyreskontrakt i steg, och tar mer ansvar för varje steg. Socialstyrelsen rekommenderar i första hand vårdkedja eller Bostad först, och boendetrappa bara i undantagsfall. Om kommunen har en boendetrappa står inte på sidorna jag bygger på – fråga {Kundcenter}, {KundcenterPhone}.",
            "The housing staircase is a model where a homeless person works towards a tenancy of their own in steps, taking more responsibility at each step. The National Board of Health and Welfare recommends a chain of care or Housing First in the first place, and the staircase only in exceptional cases. Whether the municipality has a housing staircase is not on the pages I answer from – please ask {Kundcenter}, {KundcenterPhone}."),

        // 001_fdfb2df0d03130dc.txt (Vad kan jag få för hjälp?) and 004_9840f40a7e8f2148.txt (personellt boendestöd).
        [FaqTopics.SupportedHousing] = new(
            "Stödboende är en av de insatser du kan erbjudas, utifrån dina behov och efter en utredning. Som alla insatser är det tidsbegränsat, och du ansöker själv om förlängning. Behöver du stöd i ditt eget hem rekommenderar Socialstyrelsen boendestöd från personal. Hur stödboendet ser ut, var det ligger och väntetider står inte på sidorna jag bygger på – fråga {Kundcenter}, {KundcenterPhone}.",
            "Supported housing is one of the measures you can be offered, based on your needs and after an investigation. Like every measure it is time-limited, and you apply for an extension yourself. If you need support in your own home, the National Board of Health and Welfare recommends housing support from staff. What the supported housing is like, where it is and waiting times are not on the pages I answer from – please ask {Kundcenter}, {KundcenterPhone}."),

        // 004_9840f40a7e8f2148.txt (Stöd till arbete; Rekommendationer: IPS, arbetsförberedande träning).
        [FaqTopics.Work] = new(
            "Socialstyrelsen rekommenderar IPS (individual placement and support) för den som har missbruk eller beroende och står långt från arbetsmarknaden: du som vill arbeta får hjälp att hitta ett arbete med lön på en vanlig arbetsplats, och stödet utgår från det jobbet. Det görs tillsammans med Arbetsförmedlingen och Försäkringskassan, och en jobbcoach kan vara en del av hjälpen. Om kommunen erbjuder IPS står inte på sidorna jag bygger på – fråga {Kundcenter}, {KundcenterPhone}.",
            "The National Board of Health and Welfare recommends IPS (individual placement and support) for people with an addiction who are far from the job market: if you want to work, you get help to find a paid job at an ordinary workplace, and the support is built around that job. It is done together with the Swedish Public Employment Service and the Social Insurance Agency, and a job coach can be part of the help. Whether the municipality offers IPS is not on the pages I answer from – please ask {Kundcenter}, {KundcenterPhone}."),

        // 001_fdfb2df0d03130dc.txt (Vad kan jag få för hjälp?; Björkebo: daglig sysselsättning).
        [FaqTopics.DailyActivity] = new(
            "Sysselsättning är en av de insatser du kan erbjudas utifrån dina behov. Daglig sysselsättning kombineras ofta med boendet på {TreatmentHome} och behandling på {Outpatient}. Insatsen är tidsbegränsad, och du ansöker själv om förlängning. Vad sysselsättningen består av står inte på sidorna jag bygger på – fråga {Kundcenter}, {KundcenterPhone}.",
            "Daily activity (sysselsättning) is one of the measures you can be offered based on your needs. It is often combined with living at {TreatmentHome} and treatment at {Outpatient}. The measure is time-limited, and you apply for an extension yourself. What the activity consists of is not on the pages I answer from – please ask {Kundcenter}, {KundcenterPhone}."),

        // 004_9840f40a7e8f2148.txt (case manager; Rekommendationer: case management) and 001_fdfb2df0d03130dc.txt (SIP).
        [FaqTopics.CaseManager] = new(
            "Behöver du hjälp från både socialtjänsten och sjukvården – till exempel behandling, en jobbcoach, boendestöd och ekonomiskt bistånd – rekommenderar Socialstyrelsen att en så kallad case manager samordnar hjälpen. Om kommunen har case managers står inte på sidorna jag bygger på. Det som står är att du ska erbjudas en samordnad plan med sjukvården, SIP, om du behöver sjukvård. Fråga {Kundcenter}, {KundcenterPhone}.",
            "If you need help from both social services and health care – for example treatment, a job coach, housing support and financial assistance – the National Board of Health and Welfare recommends that a so-called case manager coordinates the help. Whether the municipality has case managers is not on the pages I answer from. What they do say is that you must be offered a coordinated plan with health care, called SIP, if you need health care. Please ask {Kundcenter}, {KundcenterPhone}."),

        // 001_fdfb2df0d03130dc.txt (Hur går en utredning till?: SIP med landstinget).
        [FaqTopics.Sip] = new(
            "SIP är en samordnad individuell plan. Behöver du både stöd från oss och sjukvårdsinsatser är vi skyldiga att erbjuda dig en SIP tillsammans med regionen, som har hand om sjukvården, så att hjälpen hänger ihop. Ibland behövs också samverkan med andra. Hur det går till i ditt fall kan din socialsekreterare eller {Kundcenter}, {KundcenterPhone}, berätta.",
            "SIP is a coordinated individual plan. If you need both our support and health care, we are obliged to offer you a SIP together with the region, which runs health care, so that the help fits together. Sometimes other bodies need to work with us too. How it works in your case your social worker or {Kundcenter}, {KundcenterPhone}, can tell you."),

        // 001_fdfb2df0d03130dc.txt (Vad kan jag få för hjälp?).
        [FaqTopics.SupportMeasures] = new(
            "Vilket stöd du får beror på dina behov, enligt socialtjänstlagen och kommunens riktlinjer. Det du bland annat kan erbjudas är stödboende, sysselsättning, behandling i öppenvård, kontaktperson och behandlingshem. ASI-intervjun i utredningen är grunden för den vårdplan du gör med din socialsekreterare. Alla insatser är tidsbegränsade, och du ansöker själv om förlängning. Du ansöker via {Kundcenter}, {KundcenterPhone}, eller här i chatten.",
            "The support you get depends on your needs, under the Social Services Act and the municipality's guidelines. Among other things you can be offered supported housing, daily activity, outpatient treatment, a contact person and a treatment home. The ASI interview in the investigation is the basis for the care plan you make with your social worker. Every measure is time-limited, and you apply for an extension yourself. You apply through {Kundcenter}, {KundcenterPhone}, or here in the chat."),

        // 001_fdfb2df0d03130dc.txt (Alla insatser är tidsbegränsade och du ansöker själv om förlängning).
        [FaqTopics.Extension] = new(
            "Alla insatser är tidsbegränsade, och du ansöker själv om förlängning. Hur och när du ska ansöka, och hur länge en insats brukar vara, står inte på sidorna jag bygger på – fråga din socialsekreterare eller {Kundcenter}, {KundcenterPhone}.",
            "Every measure is time-limited, and you apply for an extension yourself. How and when to apply, and how long a measure usually lasts, are not on the pages I answer from – please ask your social worker or {Kundcenter}, {KundcenterPhone}."),

        // 001_fdfb2df0d03130dc.txt (Vad kan jag få för hjälp?: kontaktperson).
        [FaqTopics.ContactPerson] = new(
            "Kontaktperson är en av de insatser du kan erbjudas utifrån dina behov. Insatsen är tidsbegränsad, och du ansöker själv om förlängning. Vad en kontaktperson gör står inte närmare på sidorna jag bygger på – fråga din socialsekreterare eller {Kundcenter}, {KundcenterPhone}.",
            "A contact person is one of the measures you can be offered based on your needs. The measure is time-limited, and you apply for an extension yourself. What a contact person does is not described further on the pages I answer from – please ask your social worker or {Kundcenter}, {KundcenterPhone}."),

        // 001_fdfb2df0d03130dc.txt (Vad kan jag få för hjälp?: behandlingshem; Boende för vuxna med beroendeproblematik).
        [FaqTopics.TreatmentHome] = new(
            "Behandlingshem är en av de insatser du kan erbjudas utifrån dina behov, efter en utredning. Kommunen har också {TreatmentHome}, ett drogfritt, strukturerat och tidsbegränsat boende för vuxna. Vilka behandlingshem det kan bli, var de ligger och hur länge står inte på sidorna jag bygger på – fråga {Kundcenter}, {KundcenterPhone}.",
            "A treatment home is one of the measures you can be offered based on your needs, after an investigation. The municipality also has {TreatmentHome}, a drug-free, structured and time-limited residence for adults. Which treatment homes there could be, where they are and for how long are not on the pages I answer from – please ask {Kundcenter}, {KundcenterPhone}."),

        // 002_71cd57a4c5ed4476.txt (Behandling vid alkohol- och narkotikamissbruk: öppenvården, Nexus, CRA).
        [FaqTopics.Outpatient] = new(
            "Vid missbruk eller beroende av alkohol och narkotika erbjuder kommunen samtalsbehandling i öppenvården. Det är enheten {Outpatient} som ansvarar för behandlingarna, och metoden heter CRA: ett år med 16–20 tillfällen, för dig som är 18 år eller äldre och vill göra en förändring. Du ansöker via {Kundcenter}, {KundcenterPhone}, eller här i chatten.",
            "For alcohol or drug problems or dependence, the municipality offers talking treatment as outpatient care. The unit {Outpatient} is responsible for the treatment, and the method is called CRA: one year with 16–20 sessions, for you if you are 18 or older and want to make a change. You apply through {Kundcenter}, {KundcenterPhone}, or here in the chat."),

        // 002_71cd57a4c5ed4476.txt (Vad du kan förvänta dig av oss på Nexus).
        [FaqTopics.NotJudged] = new(
            "På {Outpatient} möts du av en icke dömande attityd: det finns anledningar till att människor mår och gör som de gör. Arbetet är strukturerat, konkret och målinriktat, med fokus på här och nu och framåt. Utgångspunkten är att ett beroende är ett inlärt beteende, och att man kan lära sig något nytt.",
            "At {Outpatient} you are met with a non-judgemental attitude: there are reasons why people feel and act as they do. The work is structured, concrete and goal-oriented, focused on the here and now and the future. The starting point is that addiction is learned behaviour, and that new behaviour can be learned."),

        // 002_71cd57a4c5ed4476.txt (Öppenvård för beroende på Östersunds sjukhus).
        [FaqTopics.Hospital] = new(
            "Förutom kommunens öppenvård finns beroendevård inom sjukvården: {Hospital}. Adress, öppettider och hur du kommer dit står inte på sidorna jag bygger på. Fråga {Kundcenter}, {KundcenterPhone}, eller ring 1177 för råd om sjukvård. Är någon i fara, ring 112.",
            "Besides the municipality's outpatient care there is addiction care within health care: {Hospital}. Its address, opening hours and how to get there are not on the pages I answer from. Please ask {Kundcenter}, {KundcenterPhone}, or call 1177 for health care advice. If someone is in danger, call 112."),

        // 000_6949dc9f7c415228.txt (Stödverksamhet: enskild terapi, gruppterapi, stödsamtal, uppföljning).
        [FaqTopics.Therapy] = new(
            "Stödverksamheterna kan ge enskild terapi och gruppterapi om du vill, och olika former av stödsamtal med utbildad personal. Stödet utgår från dina behov, och det finns uppföljning för att minska risken för återfall. Hos kommunen ges samtalsbehandling på {Outpatient}. Du ansöker via {Kundcenter}, {KundcenterPhone}, eller här i chatten.",
            "The support services can give individual and group therapy if you want it, and different kinds of supportive conversations with trained staff. The support starts from your needs, and there is follow-up to lower the risk of relapse. In the municipality, talking treatment is given at {Outpatient}. You apply through {Kundcenter}, {KundcenterPhone}, or here in the chat."),
    };
}
