namespace Intake.Functions.Storage;

/// <summary>Merge changes only the supplied properties (HTTP MERGE); Replace replaces the whole entity (HTTP PUT).</summary>
public enum TableUpdateMode
{
    Merge,
    Replace,
}
