using System.Globalization;
using Intake.Core.Localization;

namespace Intake.Bot.Dialogs;

/// <summary>
/// "Talk to someone": in Kundcenter's hours, its number; outside them, an offer of a call-back request (a support
/// request whose phone number is required), so that nobody is left with nothing at 3 a.m.
/// </summary>
internal sealed partial class DialogEngine
{
    private IEnumerable<BotReply> Talk(DialogState state)
    {
        var l = state.Language;
        if (settings.Kundcenter.IsOpen(settings.Clock.GetUtcNow()))
        {
            return [BotReply.Say(BotTexts.TalkOpen[l]), Menu(l)];
        }

        state.Offer = Offer.CallBack;
        return [OfferAgain(state)];
    }

    private string TalkAside(Language l) => settings.Kundcenter.IsOpen(settings.Clock.GetUtcNow())
        ? BotTexts.TalkOpen[l]
        : BotTexts.TalkClosedAside[l].Replace("{0}", NextOpening(l), StringComparison.Ordinal);

    /// <summary>"måndag 23 november kl. 08.00" / "Monday 23 November at 08:00", Stockholm time.</summary>
    private string NextOpening(Language l)
    {
        var opens = settings.Kundcenter.NextOpening(settings.Clock.GetUtcNow());
        return l == Language.English
            ? opens.ToString("dddd d MMMM 'at' HH:mm", CultureInfo.GetCultureInfo("en-GB"))
            : opens.ToString("dddd d MMMM 'kl.' HH.mm", CultureInfo.GetCultureInfo("sv-SE"));
    }
}
