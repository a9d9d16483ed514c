using Intake.Bot.Intents;

namespace Intake.Bot.Tests.Dialogs;

/// <summary>Where in a conversation a question is asked: at the start, or in the middle of a form or a self-test.</summary>
public enum Asked
{
    /// <summary>The first message.</summary>
    AtStart,

    /// <summary>"anmäla oro", then the question instead of "Vem gäller din oro?" (a choice).</summary>
    InConcernSv,

    /// <summary>"jag vill ansöka om stöd", then the question instead of "Ditt namn" (a text).</summary>
    InNameSv,

    /// <summary>"självtest om alkohol", then the question instead of AUDIT's first answer.</summary>
    InSelfTestSv,

    /// <summary>"I'm worried about my neighbour", then the question instead of "Who are you worried about?".</summary>
    InConcernEn,

    /// <summary>"I need some help", then the question instead of "Your name".</summary>
    InNameEn,
}

/// <summary>
/// What people ask, in their own words (both languages, typos, no diacritics, SMS style, in the middle of a form),
/// and the topic whose answer they must get. Run through the real dialog by <see cref="TopicQuestionsTests"/>.
/// </summary>
internal static class TopicQuestions
{
    public static readonly (string Text, string Topic, Asked At)[] All =
    [
        // Housing: 004 (Hjälp till bostad), 001 (stödboende).
        ("jag är hemlös", FaqTopics.Housing, Asked.AtStart),
        ("I am homeless", FaqTopics.Housing, Asked.AtStart),
        ("im homeless what do i do", FaqTopics.Housing, Asked.AtStart),
        ("kan jag få hjälp med boende?", FaqTopics.Housing, Asked.AtStart),
        ("jag behöver hjälp med bostad", FaqTopics.Housing, Asked.AtStart),
        ("var kan jag sova i natt?", FaqTopics.Housing, Asked.AtStart),
        ("har ingenstans att bo", FaqTopics.Housing, Asked.AtStart),
        ("hjälper ni hemlösa", FaqTopics.Housing, Asked.AtStart),
        ("kan jag få en lägenhet", FaqTopics.Housing, Asked.AtStart),
        ("i need housing", FaqTopics.Housing, Asked.AtStart),
        ("where can i sleep tonight", FaqTopics.Housing, Asked.AtStart),
        ("har blivit vräkt vad gör jag", FaqTopics.Housing, Asked.AtStart),
        ("hemlos", FaqTopics.Housing, Asked.AtStart),
        ("HEMLÖS!!", FaqTopics.Housing, Asked.AtStart),
        ("finns det hjälp för hemlösa?", FaqTopics.Housing, Asked.InConcernSv),
        ("kan jag få hjälp med boende?", FaqTopics.Housing, Asked.InNameSv),
        ("jag är hemlös", FaqTopics.Housing, Asked.InSelfTestSv),
        ("I'm homeless, can you help?", FaqTopics.Housing, Asked.InNameEn),
        ("vad är bostad först?", FaqTopics.HousingFirst, Asked.AtStart),
        ("Bostad först", FaqTopics.HousingFirst, Asked.AtStart),
        ("bostad forst", FaqTopics.HousingFirst, Asked.AtStart),
        ("what is housing first", FaqTopics.HousingFirst, Asked.AtStart),
        ("har ni housing first?", FaqTopics.HousingFirst, Asked.AtStart),
        ("what is Housing First?", FaqTopics.HousingFirst, Asked.InConcernEn),
        ("vad är boendetrappan?", FaqTopics.HousingStaircase, Asked.AtStart),
        ("boendetrapa", FaqTopics.HousingStaircase, Asked.AtStart),
        ("what is the housing staircase", FaqTopics.HousingStaircase, Asked.AtStart),
        ("träningslägenhet?", FaqTopics.HousingStaircase, Asked.AtStart),
        ("vad är boendetrappa?", FaqTopics.HousingStaircase, Asked.InConcernSv),
        ("vad är ett stödboende?", FaqTopics.SupportedHousing, Asked.AtStart),
        ("stodboende", FaqTopics.SupportedHousing, Asked.AtStart),
        ("kan jag få boendestöd?", FaqTopics.SupportedHousing, Asked.AtStart),
        ("supported housing?", FaqTopics.SupportedHousing, Asked.AtStart),
        ("I need support at home", FaqTopics.SupportedHousing, Asked.AtStart),
        ("vad är stödboende?", FaqTopics.SupportedHousing, Asked.InNameSv),

        // Treatment home and Björkebo: 001.
        ("kan jag komma till ett behandlingshem?", FaqTopics.TreatmentHome, Asked.AtStart),
        ("behandlingshem", FaqTopics.TreatmentHome, Asked.AtStart),
        ("treatment home?", FaqTopics.TreatmentHome, Asked.AtStart),
        ("can I go to rehab?", FaqTopics.TreatmentHome, Asked.AtStart),
        ("HVB-hem", FaqTopics.TreatmentHome, Asked.AtStart),
        ("behandlingshem?", FaqTopics.TreatmentHome, Asked.InSelfTestSv),
        ("vad är björkbo", FaqTopics.Bjorkebo, Asked.AtStart),
        ("bjorkebo regler", FaqTopics.Bjorkebo, Asked.AtStart),
        ("finns det drogfritt boende?", FaqTopics.Bjorkebo, Asked.AtStart),
        ("is there drug free housing", FaqTopics.Bjorkebo, Asked.AtStart),
        ("vad är Björkebo?", FaqTopics.Bjorkebo, Asked.InConcernSv),

        // Work and daily activity: 004 (Stöd till arbete), 001 (sysselsättning).
        ("kan ni hjälpa mig att få jobb?", FaqTopics.Work, Asked.AtStart),
        ("vad är IPS?", FaqTopics.Work, Asked.AtStart),
        ("ips", FaqTopics.Work, Asked.AtStart),
        ("jag vill ha ett jobb", FaqTopics.Work, Asked.AtStart),
        ("jobbcoach", FaqTopics.Work, Asked.AtStart),
        ("I want to get back to work", FaqTopics.Work, Asked.AtStart),
        ("arbetslös och missbrukar, finns stöd?", FaqTopics.Work, Asked.AtStart),
        ("help finding a job?", FaqTopics.Work, Asked.AtStart),
        ("arbetsträning", FaqTopics.Work, Asked.AtStart),
        ("can you help me find a job?", FaqTopics.Work, Asked.InConcernEn),
        ("vad är sysselsättning?", FaqTopics.DailyActivity, Asked.AtStart),
        ("sysselsattning", FaqTopics.DailyActivity, Asked.AtStart),
        ("finns det daglig verksamhet?", FaqTopics.DailyActivity, Asked.AtStart),
        ("something to do during the day", FaqTopics.DailyActivity, Asked.AtStart),
        ("jag vill ha något att göra på dagarna", FaqTopics.DailyActivity, Asked.AtStart),
        ("daily activities?", FaqTopics.DailyActivity, Asked.InNameEn),

        // Coordination: 004 (case manager), 001 (SIP).
        ("vad är en case manager?", FaqTopics.CaseManager, Asked.AtStart),
        ("casemanager", FaqTopics.CaseManager, Asked.AtStart),
        ("vem samordnar all hjälp?", FaqTopics.CaseManager, Asked.AtStart),
        ("I have too many contacts, who coordinates?", FaqTopics.CaseManager, Asked.AtStart),
        ("case manager?", FaqTopics.CaseManager, Asked.InConcernSv),
        ("vad är SIP?", FaqTopics.Sip, Asked.AtStart),
        ("sip", FaqTopics.Sip, Asked.AtStart),
        ("samordnad individuell plan", FaqTopics.Sip, Asked.AtStart),
        ("what is a coordinated plan?", FaqTopics.Sip, Asked.AtStart),
        ("kan jag få en SIP med regionen?", FaqTopics.Sip, Asked.AtStart),
        ("vad är en sip?", FaqTopics.Sip, Asked.InSelfTestSv),
        ("what is SIP?", FaqTopics.Sip, Asked.InConcernEn),

        // The measures one can be granted: 001 (Vad kan jag få för hjälp?).
        ("vilken hjälp kan jag få?", FaqTopics.SupportMeasures, Asked.AtStart),
        ("vad finns det för hjälp?", FaqTopics.SupportMeasures, Asked.AtStart),
        ("what help can I get?", FaqTopics.SupportMeasures, Asked.AtStart),
        ("vilka insatser finns", FaqTopics.SupportMeasures, Asked.AtStart),
        ("what kind of support is there", FaqTopics.SupportMeasures, Asked.AtStart),
        ("vad erbjuder ni?", FaqTopics.SupportMeasures, Asked.AtStart),
        ("vilket stöd finns?", FaqTopics.SupportMeasures, Asked.InConcernSv),
        ("hur ansöker jag om förlängning?", FaqTopics.Extension, Asked.AtStart),
        ("förlängning", FaqTopics.Extension, Asked.AtStart),
        ("forlangning", FaqTopics.Extension, Asked.AtStart),
        ("can I extend my support?", FaqTopics.Extension, Asked.AtStart),
        ("vad händer när insatsen tar slut?", FaqTopics.Extension, Asked.AtStart),
        ("kan jag förlänga mitt stödboende?", FaqTopics.Extension, Asked.AtStart),
        ("förlänga?", FaqTopics.Extension, Asked.InNameSv),
        ("vad gör en kontaktperson?", FaqTopics.ContactPerson, Asked.AtStart),
        ("kan jag få en kontaktperson", FaqTopics.ContactPerson, Asked.AtStart),
        ("contact person?", FaqTopics.ContactPerson, Asked.AtStart),
        ("kontaktprson", FaqTopics.ContactPerson, Asked.AtStart),
        ("kontaktperson?", FaqTopics.ContactPerson, Asked.InConcernSv),

        // Outpatient care at Nexus and the hospital: 002.
        ("vad är Nexus?", FaqTopics.Outpatient, Asked.AtStart),
        ("what does Nexus do", FaqTopics.Outpatient, Asked.AtStart),
        ("öppenvård", FaqTopics.Outpatient, Asked.AtStart),
        ("kan jag få hjälp med mitt drickande?", FaqTopics.Outpatient, Asked.AtStart),
        ("finns det behandling för narkotika?", FaqTopics.Outpatient, Asked.AtStart),
        ("is there treatment for alcohol?", FaqTopics.Outpatient, Asked.AtStart),
        ("hjälp mot droger?", FaqTopics.Outpatient, Asked.AtStart),
        ("samtalsbehandling", FaqTopics.Outpatient, Asked.AtStart),
        ("oppenvard", FaqTopics.Outpatient, Asked.AtStart),
        ("vad är nexus?", FaqTopics.Outpatient, Asked.InSelfTestSv),
        ("öppenvård beroende sjukhuset", FaqTopics.Hospital, Asked.AtStart),
        ("har sjukhuset beroendevård?", FaqTopics.Hospital, Asked.AtStart),
        ("is there addiction care at the hospital?", FaqTopics.Hospital, Asked.AtStart),
        ("behöver jag en läkare?", FaqTopics.Hospital, Asked.AtStart),
        ("beroendemottagningen", FaqTopics.Hospital, Asked.AtStart),
        ("psykiatrin", FaqTopics.Hospital, Asked.AtStart),
        ("beroendevard pa sjukhuset", FaqTopics.Hospital, Asked.AtStart),
        ("can I see a doctor?", FaqTopics.Hospital, Asked.InConcernEn),
        ("kommer ni döma mig?", FaqTopics.NotJudged, Asked.AtStart),
        ("jag skäms", FaqTopics.NotJudged, Asked.AtStart),
        ("will you judge me?", FaqTopics.NotJudged, Asked.AtStart),
        ("vad kan jag förvänta mig av nexus?", FaqTopics.NotJudged, Asked.AtStart),
        ("I'm ashamed to ask", FaqTopics.NotJudged, Asked.AtStart),
        ("blir jag dömd?", FaqTopics.NotJudged, Asked.InNameSv),
        ("erbjuder ni terapi?", FaqTopics.Therapy, Asked.AtStart),
        ("gruppterapi", FaqTopics.Therapy, Asked.AtStart),
        ("can I see a therapist?", FaqTopics.Therapy, Asked.AtStart),
        ("stödsamtal", FaqTopics.Therapy, Asked.AtStart),
        ("finns det kurator", FaqTopics.Therapy, Asked.AtStart),
        ("terapi?", FaqTopics.Therapy, Asked.InConcernSv),

        // CRA, CRA-booster and CRA's support for relatives: 002.
        ("vad är CRA?", FaqTopics.Cra, Asked.AtStart),
        ("CRA-booster", FaqTopics.Cra, Asked.AtStart),
        ("jag fick ett återfall", FaqTopics.Cra, Asked.AtStart),
        ("booster?", FaqTopics.Cra, Asked.InNameSv),
        ("kan jag få familjesamtal?", FaqTopics.CraRelatives, Asked.AtStart),
        ("CRA anhörigstöd", FaqTopics.CraRelatives, Asked.AtStart),
        ("cra för anhöriga", FaqTopics.CraRelatives, Asked.AtStart),
        ("family therapy?", FaqTopics.CraRelatives, Asked.AtStart),
        ("familjeterapi", FaqTopics.CraRelatives, Asked.InConcernSv),

        // Relatives: 001, 002 (existing), 004 (programmes), 003 (Al-Anon, Alateen).
        ("vad är anhörigstöd?", FaqTopics.Relatives, Asked.AtStart),
        ("fjärilen", FaqTopics.Relatives, Asked.AtStart),
        ("stöd för anhöriga?", FaqTopics.Relatives, Asked.InConcernSv),
        ("vad är CRAFT?", FaqTopics.RelativesProgrammes, Asked.AtStart),
        ("craft", FaqTopics.RelativesProgrammes, Asked.AtStart),
        ("coping skills training", FaqTopics.RelativesProgrammes, Asked.AtStart),
        ("hur får jag min man att söka hjälp?", FaqTopics.RelativesProgrammes, Asked.AtStart),
        ("how do I get my husband into treatment", FaqTopics.RelativesProgrammes, Asked.AtStart),
        ("al-anon inspirerade program", FaqTopics.RelativesProgrammes, Asked.AtStart),
        ("stödprogram för anhöriga", FaqTopics.RelativesProgrammes, Asked.AtStart),
        ("hur motiverar jag min sambo?", FaqTopics.RelativesProgrammes, Asked.AtStart),
        ("what is CRAFT?", FaqTopics.RelativesProgrammes, Asked.InConcernEn),
        ("Al-Anon", FaqTopics.PeerSupportRelatives, Asked.AtStart),
        ("alanon möten?", FaqTopics.PeerSupportRelatives, Asked.AtStart),
        ("vad är Alateen?", FaqTopics.PeerSupportRelatives, Asked.AtStart),
        ("nar-anon", FaqTopics.PeerSupportRelatives, Asked.AtStart),
        ("al anon?", FaqTopics.PeerSupportRelatives, Asked.InNameSv),

        // Peer support: 003.
        ("AA", FaqTopics.PeerSupport, Asked.AtStart),
        ("finns det AA-möten?", FaqTopics.PeerSupport, Asked.AtStart),
        ("NA meetings", FaqTopics.PeerSupport, Asked.AtStart),
        ("anonyma alkoholister", FaqTopics.PeerSupport, Asked.AtStart),
        ("is there a support group?", FaqTopics.PeerSupport, Asked.AtStart),
        ("kamratstöd", FaqTopics.PeerSupport, Asked.AtStart),
        ("12-stegsprogram", FaqTopics.PeerSupport, Asked.AtStart),
        ("självhjälpsgrupp", FaqTopics.PeerSupport, Asked.AtStart),
        ("where are AA meetings", FaqTopics.PeerSupport, Asked.AtStart),
        ("aa möte", FaqTopics.PeerSupport, Asked.AtStart),
        ("finns det AA?", FaqTopics.PeerSupport, Asked.InSelfTestSv),
        ("Alcoholics Anonymous?", FaqTopics.PeerSupport, Asked.InNameEn),

        // Around the clock, e-mail: 000.
        ("finns det någon som svarar dygnet runt?", FaqTopics.SupportLines, Asked.AtStart),
        ("is there a 24/7 helpline?", FaqTopics.SupportLines, Asked.AtStart),
        ("vem kan jag ringa på natten?", FaqTopics.SupportLines, Asked.AtStart),
        ("stödlinje", FaqTopics.SupportLines, Asked.AtStart),
        ("jouren", FaqTopics.SupportLines, Asked.AtStart),
        ("dygnet runt?", FaqTopics.SupportLines, Asked.InConcernSv),
        ("kan jag mejla er?", FaqTopics.Email, Asked.AtStart),
        ("vad är er mailadress?", FaqTopics.Email, Asked.AtStart),
        ("email?", FaqTopics.Email, Asked.AtStart),
        ("e-post", FaqTopics.Email, Asked.AtStart),

        // Other addictions, young people: 000, 001.
        ("hjälper ni med spelberoende?", FaqTopics.OtherAddictions, Asked.AtStart),
        ("jag har spelproblem", FaqTopics.OtherAddictions, Asked.AtStart),
        ("shoppingberoende", FaqTopics.OtherAddictions, Asked.AtStart),
        ("is there help for gambling addiction?", FaqTopics.OtherAddictions, Asked.AtStart),
        ("spelskulder", FaqTopics.OtherAddictions, Asked.AtStart),
        ("kan man få hjälp med spel om pengar?", FaqTopics.OtherAddictions, Asked.AtStart),
        ("hjalp med spelberoende", FaqTopics.OtherAddictions, Asked.AtStart),
        ("spelberoende?", FaqTopics.OtherAddictions, Asked.InConcernSv),
        ("finns det hjälp för ungdomar?", FaqTopics.YoungPeople, Asked.AtStart),
        ("young people help", FaqTopics.YoungPeople, Asked.AtStart),
        ("stöd för barn?", FaqTopics.YoungPeople, Asked.AtStart),
        ("tonåring som dricker, vad finns?", FaqTopics.YoungPeople, Asked.AtStart),
        ("ungdomar?", FaqTopics.YoungPeople, Asked.InNameSv),

        // Prevention: 001. Money, guidelines: 004.
        ("vad gör kommunen för att förebygga droger?", FaqTopics.Prevention, Asked.AtStart),
        ("drogförebyggande arbete", FaqTopics.Prevention, Asked.AtStart),
        ("nollvisionen", FaqTopics.Prevention, Asked.AtStart),
        ("drug prevention", FaqTopics.Prevention, Asked.AtStart),
        ("kan jag få ekonomiskt bistånd?", FaqTopics.Money, Asked.AtStart),
        ("försörjningsstöd", FaqTopics.Money, Asked.AtStart),
        ("jag har skulder", FaqTopics.Money, Asked.AtStart),
        ("financial help?", FaqTopics.Money, Asked.AtStart),
        ("socialbidrag?", FaqTopics.Money, Asked.InNameSv),
        ("vad säger socialstyrelsen?", FaqTopics.Guidelines, Asked.AtStart),
        ("nationella riktlinjer", FaqTopics.Guidelines, Asked.AtStart),
        ("is CRA evidence based?", FaqTopics.Guidelines, Asked.AtStart),

        // What the pages do not say.
        ("vad kostar det?", FaqTopics.Cost, Asked.AtStart),
        ("kostar det något?", FaqTopics.Cost, Asked.AtStart),
        ("är det gratis?", FaqTopics.Cost, Asked.AtStart),
        ("do I have to pay?", FaqTopics.Cost, Asked.AtStart),
        ("how much does treatment cost", FaqTopics.Cost, Asked.AtStart),
        ("vad kostar björkebo?", FaqTopics.Cost, Asked.AtStart),
        ("vad kostar d", FaqTopics.Cost, Asked.AtStart),
        ("kostar det?", FaqTopics.Cost, Asked.InConcernSv),
        ("hur lång är väntetiden?", FaqTopics.HowLong, Asked.AtStart),
        ("how long do I have to wait", FaqTopics.HowLong, Asked.AtStart),
        ("hur snabbt kan jag få hjälp?", FaqTopics.HowLong, Asked.AtStart),
        ("väntelista?", FaqTopics.HowLong, Asked.AtStart),
        ("how long is the waiting time?", FaqTopics.HowLong, Asked.InConcernEn),
        ("var ligger nexus?", FaqTopics.Address, Asked.AtStart),
        ("vad har ni för adress?", FaqTopics.Address, Asked.AtStart),
        ("where is the office", FaqTopics.Address, Asked.AtStart),
        ("hur hittar jag till er?", FaqTopics.Address, Asked.AtStart),
        ("vart ligger fjärilen", FaqTopics.Address, Asked.AtStart),
        ("adress?", FaqTopics.Address, Asked.InNameSv),

        // The eight topics of before, asked in new ways.
        ("hur överklagar jag?", FaqTopics.Appeal, Asked.AtStart),
        ("can I appeal the decision?", FaqTopics.Appeal, Asked.InConcernEn),
        ("får min chef veta?", FaqTopics.Confidentiality, Asked.AtStart),
        ("is it confidential?", FaqTopics.Confidentiality, Asked.AtStart),
        ("sekretess?", FaqTopics.Confidentiality, Asked.InNameSv),
        ("hur går utredningen till", FaqTopics.Investigation, Asked.AtStart),
        ("vad är ASI?", FaqTopics.Investigation, Asked.InSelfTestSv),
        ("vad händer när jag ringer?", FaqTopics.WhatHappens, Asked.AtStart),
        ("what happens next?", FaqTopics.WhatHappens, Asked.InNameEn),
        ("vilket nummer ska jag ringa?", FaqTopics.Kundcenter, Asked.AtStart),
        ("telefonnummer?", FaqTopics.Kundcenter, Asked.InConcernSv),
    ];

    /// <summary>Questions the pages cannot answer: the honest "I do not know, ask Kundcenter", never a guess.</summary>
    public static readonly (string Text, Asked At)[] Unanswerable =
    [
        ("vad är klockan?", Asked.AtStart),
        ("kan jag ta med min hund?", Asked.AtStart),
        ("hur många anställda har ni?", Asked.AtStart),
        ("what is the weather tomorrow?", Asked.AtStart),
        ("do you sell bus tickets?", Asked.AtStart),
        ("kan jag få avgiftning?", Asked.AtStart),
        ("vem är chef för socialtjänsten?", Asked.AtStart),
        ("when was the page updated?", Asked.AtStart),
        ("finns det parkering", Asked.AtStart),
        ("hej, vilket år byggdes stadshuset?", Asked.AtStart),
        ("what languages do the social workers speak?", Asked.AtStart),
        ("kan jag ta med min hund?", Asked.InConcernSv),
        ("vem är chef för socialtjänsten?", Asked.InNameSv),
        ("when was the page updated?", Asked.InConcernEn),
        ("kan jag ta med min hund?", Asked.InSelfTestSv),
    ];
}
