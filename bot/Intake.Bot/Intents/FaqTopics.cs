using Intake.Bot.Text;

namespace Intake.Bot.Intents;

/// <summary>
/// The questions the municipality's pages answer, most specific first: "vad händer om jag överklagar" is about appeals,
/// "vad kostar Björkebo" about the cost. What the pages do not say (cost, waiting times, addresses) comes first, so that
/// such a question is answered honestly rather than with a topic's general answer.
/// </summary>
internal static partial class FaqTopics
{
    public const string WhatHappens = "what-happens";
    public const string Investigation = "investigation";
    public const string Confidentiality = "confidentiality";
    public const string Appeal = "appeal";
    public const string Cra = "cra";
    public const string Bjorkebo = "bjorkebo";
    public const string Relatives = "relatives";
    public const string Kundcenter = "kundcenter";

    public static IReadOnlyList<(string Topic, PhraseList Phrases)> InOrder { get; } =
    [
        (Cost, CostPhrases),
        (HowLong, HowLongPhrases),
        (Address, AddressPhrases),
        (RelativesProgrammes, RelativesProgrammesPhrases),
        (PeerSupportRelatives, PeerSupportRelativesPhrases),
        (PeerSupport, PeerSupportPhrases),
        (Appeal, new(
            "överklag*|appeal*|avslag*|missnöjd*|överpröva*",
            "klaga på beslut|beslutet",
            "rejected|refused|denied",
            "disagree|unhappy with decision")),
        (Confidentiality, new(
            "sekretess*|tystnadsplikt*|confidential*|privacy|secrecy|anonym*",
            "vem|vilka får|kan veta|se",
            "får|kan någon|arbetsgivaren|chefen|chef|polisen|familjen|grannarna veta",
            "berättar|säger ni",
            "who will|can know|see|find",
            "will anyone|employer|family|police know|find",
            "do you tell|share|inform")),
        (Extension, ExtensionPhrases),
        (CraRelatives, CraRelativesPhrases),
        (Sip, SipPhrases),
        (CaseManager, CaseManagerPhrases),
        (Hospital, HospitalPhrases),
        (HousingFirst, HousingFirstPhrases),
        (HousingStaircase, HousingStaircasePhrases),
        (SupportedHousing, SupportedHousingPhrases),
        (TreatmentHome, TreatmentHomePhrases),
        (Bjorkebo, new(
            "björkebo*",
            "drogfri*|behandlings boende",
            "boende för|vid missbruk*|beroende*|missbrukare",
            "drug free housing|accommodation|residence|home")),
        (Prevention, PreventionPhrases),
        (Housing, HousingPhrases),
        (Work, WorkPhrases),
        (DailyActivity, DailyActivityPhrases),
        (ContactPerson, ContactPersonPhrases),
        (NotJudged, NotJudgedPhrases),
        (Outpatient, OutpatientPhrases),
        (Relatives, new(
            "nexus|fjärilen|anhörigstöd*|anhörig*|närstående*|relatives|relative",
            "family support",
            "support for family|relatives")),
        (OtherAddictions, OtherAddictionsPhrases),
        (YoungPeople, YoungPeoplePhrases),
        (Money, MoneyPhrases),
        (SupportMeasures, SupportMeasuresPhrases),
        (Therapy, TherapyPhrases),
        (Guidelines, GuidelinesPhrases),
        (Email, EmailPhrases),
        (SupportLines, SupportLinesPhrases),
        (Investigation, new(
            "utredning*|utreda*|utredd*|asi|kartläggning*|investigation*|assessment*")),
        (Cra, new(
            "cra|crabooster|booster|primärbehandling*|behandlingsmetod*|återfall*|relapse*",
            "community reinforcement*",
            "behandling|behandlingen|treatment")),
        (WhatHappens, new(
            "vad händer|hände|sker",
            "nästa steg",
            "hur går det till",
            "what happens|happen|next",
            "next step*",
            "team vuxen")),
        (Kundcenter, new(
            "kundcenter|kundtjänst|telefonnummer*|telefon*|nummer|numret|öppettid*|kontakta*|phone*|number|contact*",
            "kund center",
            "customer service|centre|center",
            "opening hours",
            "har|är ni öppet|öppna",
            "när öppnar|stänger ni",
            "are you open",
            "when do you open|close",
            "hur når jag er",
            "how do i reach")),
    ];
}
