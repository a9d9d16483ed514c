using System.Xml;

namespace Intake.Functions.Storage;

internal static class StorageXml
{
    /// <summary>No DTDs, no external resolution.</summary>
    public static readonly XmlReaderSettings SafeReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
    };
}
