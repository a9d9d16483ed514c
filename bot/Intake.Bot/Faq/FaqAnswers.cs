using Intake.Bot.Intents;
using Intake.Core.Localization;

namespace Intake.Bot.Faq;

/// <summary>
/// Short answers written from the municipality's pages (Missbruk och beroende; Behandling vid alkohol- och
/// narkotikamissbruk). Only what the pages say; where they say nothing, the answer says so and points to Kundcenter.
/// The topics added from all five seed pages are in <see cref="ServiceAnswers"/> and <see cref="OtherAnswers"/>.
/// </summary>
internal static class FaqAnswers
{
    private static readonly Dictionary<string, LocalizedText> Written = new(StringComparer.Ordinal)
    {
        [FaqTopics.WhatHappens] = new(
            "Du kontaktar oss via {Kundcenter}, {KundcenterPhone}, eller här i chatten. {KundcenterShort} skickar dina uppgifter till {AdultTeam} och en socialsekreterare kontaktar dig. Du erbjuds ett första samtal där du berättar om din situation och vad du behöver hjälp med, och får veta vilket stöd vi kan erbjuda. Vill du ha fortsatt stöd inleds en utredning. Hur snart någon hör av sig vet jag inte – fråga gärna {KundcenterShort}.",
            "You contact us through {Kundcenter}, {KundcenterPhone}, or here in the chat. {KundcenterShort} passes your details to {AdultTeam} and a social worker contacts you. You are offered a first conversation where you tell them about your situation and what you need help with, and you hear what support we can offer. If you want continued support, an investigation is started. I do not know how soon someone will get in touch – please ask {KundcenterShort}."),
        [FaqTopics.Investigation] = new(
            "En socialsekreterare gör utredningen tillsammans med dig och kartlägger vilket stöd som passar dig bäst. En del är en strukturerad intervju, ASI, med frågor om alkohol och droger, hälsa, utbildning och arbete, familj med mera. Utredningen skrivs ihop och du får ett beslut. ASI-intervjun blir grunden för den vårdplan du gör tillsammans med din socialsekreterare. Behöver du också sjukvård ska du erbjudas en samordnad plan med sjukvården, SIP.",
            "A social worker carries out the investigation together with you and maps out which support suits you best. Part of it is a structured interview, ASI, with questions about alcohol and drugs, health, education and work, family and more. The investigation is written up and you get a decision. The ASI interview is the basis for the care plan you make with your social worker. If you also need health care, you must be offered a coordinated plan with health care, called SIP."),
        [FaqTopics.Confidentiality] = new(
            "Ingen får veta att du har kontakt med oss. Personalen inom socialtjänsten får inte lämna ut uppgifter om dina personliga förhållanden, och det gäller i praktiken allt om dig. Du kan ge samtycke till att uppgifter lämnas ut och ta tillbaka det när du vill. Anmälningsplikt enligt lag bryter sekretessen, till exempel Lex Sarah eller när ett barn far illa.",
            "No one gets to know that you are in contact with us. Social services staff may not disclose information about your personal circumstances, which in practice means anything about you. You can consent to information being shared and withdraw that consent at any time. A duty to report that follows from law overrides confidentiality, for example Lex Sarah or when a child is at risk."),
        [FaqTopics.Appeal] = new(
            "Har du fått avslag på din ansökan, eller är du missnöjd med ett beslut på annat sätt, har du rätt att överklaga beslutet. Hur du gör och hur lång tid du har står inte i det jag kan svara på – fråga din socialsekreterare eller {Kundcenter}, {KundcenterPhone}.",
            "If your application has been refused, or you are unhappy with a decision in some other way, you have the right to appeal the decision. How to do it and how long you have are not in what I can answer – please ask your social worker or {Kundcenter}, {KundcenterPhone}."),
        [FaqTopics.Cra] = new(
            "{Outpatient}, kommunens öppenvård, använder behandlingsmetoden CRA (Community Reinforcement Approach), som Socialstyrelsens nationella riktlinjer rekommenderar. CRA är för dig som är 18 år eller äldre, har ett missbruk eller beroende av alkohol eller narkotika och vill göra en förändring. Det är en individuell behandling under ett år med 16–20 tillfällen, varav tre uppföljningssamtal. Har du gått klart CRA kan du under ett år efteråt boka CRA-booster direkt hos din behandlare, till exempel efter ett återfall. Du ansöker via {Kundcenter}, {KundcenterPhone}.",
            "{Outpatient}, the municipality's outpatient service, uses a treatment method called CRA (Community Reinforcement Approach), recommended by the National Board of Health and Welfare's guidelines. CRA is for you if you are 18 or older, have an alcohol or drug problem or dependence and want to make a change. It is individual treatment over one year with 16–20 sessions, including three follow-up sessions. If you have completed CRA, you can book CRA booster sessions directly with your therapist for a year afterwards, for example after a relapse. You apply through {Kundcenter}, {KundcenterPhone}."),
        [FaqTopics.Bjorkebo] = new(
            "{TreatmentHome} är ett drogfritt, strukturerat och tidsbegränsat boende för vuxna kvinnor och män med beroendeproblematik. Det är ett bistånd enligt socialtjänstlagen, som du ansöker om. Boendet har särskilda regler, bland annat drogkontroller och reglerade ledigheter, och du avsäger dig besittningsrätten till ditt rum eller din lägenhet. Det kombineras ofta med behandling på {Outpatient} och daglig sysselsättning.",
            "{TreatmentHome} is a drug-free, structured and time-limited residence for adult women and men with addiction problems. It is assistance under the Social Services Act, which you apply for. The residence has special rules, including drug tests and regulated leave, and you give up your tenancy rights to your room or flat. It is often combined with treatment at {Outpatient} and daily activities."),
        [FaqTopics.Relatives] = new(
            "Som anhörig kan du få stöd för egen del. Vuxna vänder sig till {Kundcenter}, {KundcenterPhone}, för stöd hos {Outpatient}; för barn och deras föräldrar finns {RelativesChildren}. Du behöver inget biståndsbeslut för anhörigstöd: du ringer {KundcenterShort} och ansöker om samtal. Går din närstående i CRA-behandling kan du också få enskilda samtal eller familjesamtal. Hur du når {RelativesChildren} direkt vet jag inte – fråga {KundcenterShort}.",
            "As a relative, you can get support for yourself. Adults contact {Kundcenter}, {KundcenterPhone}, for support from {Outpatient}; for children and their parents there is {RelativesChildren}. You do not need a formal decision to start support for relatives: you call {KundcenterShort} and ask for conversations. If the person close to you is in CRA treatment, you can also have individual or family conversations. I do not know how to reach {RelativesChildren} directly – please ask {KundcenterShort}."),
        [FaqTopics.Kundcenter] = new(
            "{Kundcenter} når du på {KundcenterPhone}. Dit vänder du dig för att ansöka om stöd eller anhörigstöd, och {KundcenterShort} hjälper dig i kontakt med en socialsekreterare. Öppettiderna vet jag inte. Är någon i fara, ring 112.",
            "You can reach {Kundcenter} on {KundcenterPhone}. That is where you apply for support or support for relatives, and {KundcenterShort} puts you in touch with a social worker. I do not know their opening hours. If someone is in danger, call 112."),
    };

    private static readonly Dictionary<string, LocalizedText> Answers =
        new[] { Written, ServiceAnswers.All, OtherAnswers.All }.SelectMany(d => d).ToDictionary(StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Topics => Answers.Keys;

    /// <summary>The answer to a question the pages do not answer: "I do not know – ask Kundcenter".</summary>
    public static LocalizedText Unknown => OtherAnswers.Unknown;

    public static LocalizedText Answer(string topic) =>
        Answers.TryGetValue(topic, out var answer)
            ? answer
            : throw new ArgumentException($"There is no answer for the FAQ topic '{topic}'.", nameof(topic));
}
