namespace Intake.Functions.Email.Templates;

/// <summary>
/// Where to turn, from configuration section <c>Contact</c>: Kundcenter's hours and the national support lines. The
/// numbers are the municipality's to verify; none is hard-coded in a template. Kundcenter's name and number are
/// municipal facts (<see cref="Core.Localization.MunicipalFacts"/>, section <c>Municipality</c>).
/// </summary>
internal sealed class ContactOptions
{
    public const string SectionName = "Contact";

    public TimeSpan KundcenterOpens { get; set; } = TimeSpan.FromHours(8);

    public TimeSpan KundcenterCloses { get; set; } = TimeSpan.FromHours(17);

    /// <summary>Lines listed in an acknowledgement: those without conditions always, the others when they fit.</summary>
    public List<HelplineOptions> Helplines { get; set; } = [];
}

internal sealed class HelplineOptions
{
    public string Name { get; set; } = string.Empty;

    public string Phone { get; set; } = string.Empty;

    /// <summary>Listed when the person wrote about one of these (alcohol, drugs, gambling, other).</summary>
    public List<string> WhenAreas { get; set; } = [];

    /// <summary>Listed when a child is concerned.</summary>
    public bool WhenChild { get; set; }

    public bool IsUnconditional => WhenAreas.Count == 0 && !WhenChild;
}
