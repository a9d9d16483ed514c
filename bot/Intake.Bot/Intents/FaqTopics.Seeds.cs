using Intake.Bot.Text;

namespace Intake.Bot.Intents;

/// <summary>
/// The topics added from all five seed pages, and the words people use for them. The phrase lists are properties
/// (built when <see cref="InOrder"/> is), since the order of static fields across the parts of a class is not defined.
/// </summary>
internal static partial class FaqTopics
{
    public const string Cost = "cost";
    public const string HowLong = "how-long";
    public const string Address = "address";
    public const string RelativesProgrammes = "relatives-programmes";
    public const string PeerSupportRelatives = "peer-support-relatives";
    public const string PeerSupport = "peer-support";
    public const string CraRelatives = "cra-relatives";
    public const string Sip = "sip";
    public const string CaseManager = "case-manager";
    public const string Hospital = "hospital";
    public const string HousingFirst = "housing-first";
    public const string HousingStaircase = "housing-staircase";
    public const string SupportedHousing = "supported-housing";
    public const string TreatmentHome = "treatment-home";
    public const string Housing = "housing";
    public const string Work = "work";
    public const string DailyActivity = "daily-activity";
    public const string ContactPerson = "contact-person";
    public const string Extension = "extension";
    public const string NotJudged = "not-judged";
    public const string Outpatient = "outpatient";
    public const string OtherAddictions = "other-addictions";
    public const string YoungPeople = "young-people";
    public const string SupportMeasures = "support-measures";
    public const string Therapy = "therapy";
    public const string Prevention = "prevention";
    public const string Money = "money";
    public const string Guidelines = "guidelines";
    public const string Email = "email";
    public const string SupportLines = "support-lines";

    /// <summary>
    /// Topics so particular that they are answered even when the message also reads as a wish for support
    /// ("jag behöver hjälp med boende" is about housing); the others give way to the wish, which starts its form.
    /// </summary>
    public static IReadOnlySet<string> BeforeAWish { get; } = new HashSet<string>(
        [Cost, HowLong, Address, RelativesProgrammes, PeerSupportRelatives, PeerSupport, CraRelatives, Sip, CaseManager, Hospital,
         HousingFirst, HousingStaircase, SupportedHousing, TreatmentHome, Housing, Work, DailyActivity, ContactPerson, Extension,
         Prevention, Money, Guidelines, Email, SupportLines],
        StringComparer.Ordinal);

    private static PhraseList CostPhrases => new(
        "kostar|kostnad*|kostnadsfri*|avgiften|avgifter|avgifterna|betala*|pris|priset|cost|costs|fee|fees|pay|paying|price",
        "någon|en|ingen avgift",
        "är det|detta|den gratis",
        "gratis hjälp|stöd|behandling|samtal",
        "is it|this|that|treatment free",
        "for free",
        "free of charge");

    private static PhraseList HowLongPhrases => new(
        "väntetid*|kötid*|väntelista*|queue*",
        "waiting time*|list*|period*",
        "stå|står i kö",
        "hur länge",
        "lång tid",
        "hur snabbt|snart|fort",
        "how long|soon|quickly",
        "när kan jag börja|få",
        "when can i start|begin|get");

    private static PhraseList AddressPhrases => new(
        "adress*|address*|vägbeskrivning*|directions|located",
        "var|vart ligger",
        "var finns|är ni|kontoret|nexus|fjärilen|björkebo|kundcenter|sjukhuset",
        "hitta|hittar till|hit|er",
        "where are you|they",
        "where is the|it|nexus|fjärilen|björkebo|kundcenter|office|hospital",
        "how do i get|find there");

    private static PhraseList RelativesProgrammesPhrases => new(
        "craft|ptc|coping*|anhörigprogram*|stödprogram*|anhöriggrupp*|anhörigkurs*",
        "arise program*|programmet|modellen|model",
        "motivera*|motivate*|motivating honom|henne|hen|dem|him|her|them|min|mitt|my",
        "al|nar anon inspir*",
        "alanon|naranon|anon inspir*",
        "program|programs|programme*|kurs|kurser|grupp|grupper|course*|group* för|for anhöriga|närstående|relatives|families|family",
        "få|får honom|henne|hen|dem|man|mannen|maken|frun|sonen|dottern|pappa|mamma|sambon|partnern|bror|brorsan|syster att söka|sluta|gå|börja|acceptera|inse",
        "get him|her|them|husband|wife|son|daughter|partner|dad|mom|mum|brother|sister|friend to|into treatment|rehab|help|care|stop|quit|seek|accept|go|see");

    private static PhraseList PeerSupportRelativesPhrases => new(
        "alanon*|alateen*|naranon*",
        "al|nar anon");

    /// <summary>"AA" and "NA" are read as <c>alcoholicsanonymous</c> and <c>narcoticsanonymous</c> before this (see the recognizer).</summary>
    private static PhraseList PeerSupportPhrases => new(
        "alcoholicsanonymous|narcoticsanonymous|kamratstöd*|självhjälpsgrupp*|stödgrupp*|tolvsteg*",
        "anonyma alkoholister|narkomaner",
        "alcoholics|narcotics anonymous",
        "12 steg*|step*|stegs*",
        "twelve step*",
        "peer support*",
        "support|selfhelp group*",
        "self help",
        "self help group*");

    private static PhraseList CraRelativesPhrases => new(
        "familjesamtal*|familjeterapi*",
        "family conversation*|session*|therapy|counsel*|talks",
        "cra|cras anhörig*|närstående*|familj*|relative*|relatives|family|families|partner*",
        "anhörig*|närstående*|relative*|relatives|family|familj* cra|cras");

    private static PhraseList SipPhrases => new(
        "sip|sipen|sipmöte*",
        "samordnad*|individuell* plan*",
        "coordinated|individual plan*");

    private static PhraseList CaseManagerPhrases => new(
        "casemanag*|samordnare|samordning*|samordna*|coordinat*",
        "case manag*",
        "många kontakter|handläggare",
        "many contacts|agencies");

    private static PhraseList HospitalPhrases => new(
        "sjukhus*|hospital*|beroendemottagning*|beroendevård*|beroendepsykiatri*|psykiatri*|psychiatr*|sjukvård*|vårdcentral*|läkare*|doktor*|doctor*",
        "addiction clinic*",
        "health care",
        "öppenvård* beroende");

    private static PhraseList HousingFirstPhrases => new(
        "bostad först",
        "housing first",
        "bostadförst|housingfirst");

    private static PhraseList HousingStaircasePhrases => new(
        "boendetrapp*|träningslägenhet*|staircase",
        "housing ladder",
        "training flat|apartment");

    private static PhraseList SupportedHousingPhrases => new(
        "stödboende*|boendestöd*",
        "supported housing|living|accommodation",
        "housing|living support",
        "stöd|support i|in|at hemmet|boendet|bostaden|lägenheten|home");

    private static PhraseList TreatmentHomePhrases => new(
        "behandlingshem*|hvb|institution*|rehab|rehabcenter|inpatient",
        "treatment home*|centre|center|facility",
        "residential treatment");

    private static PhraseList HousingPhrases => new(
        "bostad*|boende|boendet|lägenhet*|hyreskontrakt*|hemlös*|bostadslös*|hyra|hyran|vräk*|härbärge*|husrum|homeless*|housing|accommodation|apartment*|tenancy|lease|evict*|shelter*",
        "tak över huvudet",
        "var ska|kan jag bo|sova",
        "ingenstans att bo|sova",
        "where can|do i live|sleep|stay",
        "nowhere to live|sleep|stay",
        "place to live|stay|sleep");

    private static PhraseList WorkPhrases => new(
        "ips|jobb|jobbet|jobba|jobbcoach*|arbete|arbetet|arbetslös*|anställning*|arbetsträning*|arbetsförberedande|arbetslivsinrikt*|arbetsförmedling*",
        "job|jobs|employment|unemploy*|internship*",
        "job coach*",
        "individual placement*",
        "find|get|back to work");

    private static PhraseList DailyActivityPhrases => new(
        "sysselsättning*|sysselsatt|dagverksamhet*|aktivitet*|dagcenter|dagcentral*",
        "daglig verksamhet",
        "daily activit*",
        "day centre|center|activity|activities",
        "activities|occupation",
        "något att göra",
        "göra på dagarna",
        "something to do");

    private static PhraseList ContactPersonPhrases => new(
        "kontaktperson*|contactperson*",
        "contact person*");

    private static PhraseList ExtensionPhrases => new(
        "förläng*|extension*|extend*|prolong*|renew*|tidsbegräns*",
        "time limit*|limited",
        "insatsen|insatser|stödet|boendet|behandlingen tar|tog slut",
        "insatsen|insatser|stödet|boendet|behandlingen slutar|upphör");

    private static PhraseList NotJudgedPhrases => new(
        "dömer|döma|dömd|dömda|dömande|fördömer|fördöma|skäms|skämmas|skam|ashamed|shame|embarrass*|pinsamt|judge*|judging|judgement|judgment|bemöt*|bemötande",
        "förvänta* mig|er|av",
        "what can|do i expect",
        "what to expect");

    private static PhraseList OutpatientPhrases => new(
        "öppenvård*|outpatient*|samtalsbehandling*",
        "öppen vård",
        "vad|vem är|gör nexus",
        "what|who is|does nexus",
        "nexus behandling*|öppenvård*|treatment",
        "hjälp|stöd|behandling|help|support|treatment för|mot|med|vid|with|against alkohol*|drog*|narkoti*|knark*|drickande*|supande*|alcohol*|drinking|drug*|missbruk*|beroende*|addiction*");

    private static PhraseList OtherAddictionsPhrases => new(
        "spelberoende*|spelmissbruk*|spelproblem*|spelskuld*|shoppingberoende|shoppingmissbruk|köpberoende|köpmissbruk|shopaholic",
        "beroende av spel|shopping",
        "spel om pengar",
        "andra beroenden|missbruk",
        "other addiction*",
        "gambling problem*|addiction",
        "shopping addiction",
        "problem|compulsive gambling|shopping",
        "hjälp|stöd|behandling|help|support|treatment för|mot|med|vid|with spel|spelande|spelandet|gambling|betting");

    private static PhraseList YoungPeoplePhrases => new(
        "ungdom*|tonåring*|tonår*|minderårig*|unga|youth|teen|teens|teenager*|adolescent*",
        "young people|person|persons|adults",
        "under 18|arton",
        "barn och unga",
        "för|for barn|children|kids");

    private static PhraseList SupportMeasuresPhrases => new(
        "insats|insatser|insatserna|stödinsats*|bistånd|biståndet|measure*",
        "vilken|vilket|vilka hjälp|stöd|insats*|behandling* kan|finns|erbjuder",
        "vad kan jag få för hjälp|stöd",
        "vad finns det för hjälp|stöd",
        "vad erbjuder ni",
        "what help|support|services can|is|do",
        "what kind|kinds|sort of help|support",
        "what do you offer");

    private static PhraseList TherapyPhrases => new(
        "terapi*|terapeut*|gruppterapi*|samtalsterapi*|stödsamtal*|samtalsstöd|kurator*|psykolog*|therapy|therapist*|counsel*|psychologist*",
        "group therapy");

    private static PhraseList PreventionPhrases => new(
        "förebygg*|drogförebyggande|prevention|preventive|drogpolitisk*|nollvision*|dopning|langning",
        "zero vision",
        "drug policy");

    private static PhraseList MoneyPhrases => new(
        "försörjningsstöd*|socialbidrag*|skulder|welfare|benefit*|debt*",
        "ekonomiskt|ekonomisk bistånd|stöd|hjälp",
        "financial aid|help|support|assistance",
        "pengar till mat|hyra|hyran|räkningar*",
        "money for food|rent|bills");

    private static PhraseList GuidelinesPhrases => new(
        "riktlinje*|socialstyrelsen*|guideline*|rekommendation*|recommend*|evidens*|evidence*",
        "national board");

    private static PhraseList EmailPhrases => new(
        "mejl*|mail*|email*|epost*",
        "e post*|mail*");

    private static PhraseList SupportLinesPhrases => new(
        "dygnsöppen*|jouren|jourtelefon*|socialjour*|jourhavande|stödlinje*|hjälplinje*|helpline*|hotline*|krislinje*",
        "dygnet runt",
        "around the clock",
        "24 7|timmar|hours",
        "på natten|kvällen|helgen",
        "at night|weekend*",
        "support|crisis line*",
        "someone to call",
        "svarar i telefon");
}
