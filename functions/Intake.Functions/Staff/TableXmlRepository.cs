using System.Xml.Linq;
using Azure;
using Azure.Data.Tables;
using Intake.Functions.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Intake.Functions.Staff;

/// <summary>
/// The Data Protection key ring (which encrypts the staff session and anti-forgery cookies) in the app's storage
/// (table <c>dataprotection</c>), so that every instance reads the same keys and a session survives a restart or a
/// scale-out. One row per key, inserted once and never changed. The table is reached with the app's identity only;
/// at rest it is encrypted by the storage service.
/// </summary>
internal sealed class TableXmlRepository(IntakeTables tables) : IXmlRepository
{
    private const string Partition = "keys";

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var elements = new List<XElement>();
        foreach (var row in tables.DataProtection.QueryNow($"PartitionKey eq {Partition}"))
        {
            if (row.GetString("Xml") is { Length: > 0 } xml)
            {
                elements.Add(XElement.Parse(xml));
            }
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var row = new TableEntity(Partition, friendlyName) { ["Xml"] = element.ToString(SaveOptions.DisableFormatting) };
        try
        {
            tables.DataProtection.AddEntity(row);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Another instance stored a key of this name at the same moment: keys are unique by name, keep theirs.
        }
    }
}
