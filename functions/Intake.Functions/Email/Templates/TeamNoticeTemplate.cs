using System.Globalization;
using Intake.Core.References;

namespace Intake.Functions.Email.Templates;

/// <summary>What a team notice needs: the ticket, its urgency and due time, and a link. No personal data.</summary>
internal sealed record TeamNoticeModel(ReferenceNumber TicketId, bool Urgent, DateTimeOffset DueAt, Uri Link, string Signature);

/// <summary>The notice to a team's functional mailbox that a ticket waits: Swedish, then English.</summary>
internal static class TeamNoticeTemplate
{
    public static RenderedEmail Render(TeamNoticeModel m, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(m.DueAt, zone);
        var sv = local.ToString("dddd d MMMM 'kl.' HH.mm", CultureInfo.GetCultureInfo("sv-SE"));
        var en = local.ToString("dddd d MMMM, HH:mm", CultureInfo.GetCultureInfo("en-GB"));
        var subject = m.Urgent ? $"Brådskande: nytt ärende {m.TicketId}" : $"Nytt ärende {m.TicketId}";
        return new EmailDocument("sv")
            .Paragraph($"Ett nytt ärende väntar i teamets inkorg: {m.TicketId}.")
            .Paragraph(m.Urgent ? $"Brådskande. Ska hanteras senast {sv}." : $"Ska hanteras senast {sv}.")
            .Paragraph($"Öppna ärendet: {m.Link}")
            .Paragraph($"A new ticket is waiting in the team's inbox: {m.TicketId}. " + (m.Urgent ? "Urgent. " : string.Empty) + $"Due by {en}.")
            .Paragraph(m.Signature)
            .Render(subject);
    }
}
