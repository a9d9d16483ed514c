using System.ComponentModel.DataAnnotations;

namespace Intake.Functions.Storage;

/// <summary>Names of the tables and queues the app uses (configuration section <c>Storage</c>).</summary>
internal sealed class StorageNames
{
    public const string SectionName = "Storage";

    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    public string SubmissionsTable { get; set; } = "submissions";

    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    public string TicketsTable { get; set; } = "tickets";

    [Required]
    [RegularExpression(QueueNamePattern)]
    public string IntakeQueue { get; set; } = "intake";

    [Required]
    [RegularExpression(QueueNamePattern)]
    public string EmailOutboxQueue { get; set; } = "email-outbox";

    public const string QueueNamePattern = "^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$";

    public static string PoisonQueueOf(string queue) => queue + "-poison";
}
