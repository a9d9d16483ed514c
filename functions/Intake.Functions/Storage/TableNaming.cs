namespace Intake.Functions.Storage;

/// <summary>Validation of table names, entity keys and property names, and key literals for URLs.</summary>
internal static class TableNaming
{
    private const int MaxKeyLength = 1024;
    private const int MaxPropertyNameLength = 255;
    private static readonly string[] ReservedPropertyNames = ["PartitionKey", "RowKey", "Timestamp"];

    /// <summary>^[A-Za-z][A-Za-z0-9]{2,62}$, and not "tables".</summary>
    public static string ValidateTableName(string tableName)
    {
        ArgumentNullException.ThrowIfNull(tableName);
        bool valid = tableName.Length is >= 3 and <= 63
            && char.IsAsciiLetter(tableName[0])
            && tableName.All(char.IsAsciiLetterOrDigit)
            && !tableName.Equals("tables", StringComparison.OrdinalIgnoreCase);
        return valid ? tableName : throw new ArgumentException(
            "A table name is 3-63 ASCII letters or digits, starts with a letter and is not 'tables'.", nameof(tableName));
    }

    /// <summary>Keys: at most 1,024 characters, none of / \ # ? or control characters. The key is never echoed.</summary>
    public static string ValidateKey(string key, string paramName)
    {
        ArgumentNullException.ThrowIfNull(key, paramName);
        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentException($"A key is at most {MaxKeyLength} characters.", paramName);
        }

        if (key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c)))
        {
            throw new ArgumentException("A key must not contain / \\ # ? or control characters.", paramName);
        }

        return key;
    }

    /// <summary>"/table(PartitionKey='..',RowKey='..')" with quotes doubled and values percent-encoded.</summary>
    public static string EntityPath(string tableName, string partitionKey, string rowKey) =>
        $"/{ValidateTableName(tableName)}(PartitionKey={KeyLiteral(partitionKey, nameof(partitionKey))}," +
        $"RowKey={KeyLiteral(rowKey, nameof(rowKey))})";

    private static string KeyLiteral(string key, string paramName) =>
        "'" + Uri.EscapeDataString(ValidateKey(key, paramName).Replace("'", "''", StringComparison.Ordinal)) + "'";

    /// <summary>C# identifier rules (letter or _ first, then letters, digits, _), at most 255 characters.</summary>
    public static bool IsIdentifier(string name) =>
        name.Length is > 0 and <= MaxPropertyNameLength
        && (char.IsLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsLetterOrDigit(c) || c == '_');

    public static string ValidatePropertyName(string name, string paramName, bool allowReserved)
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        if (!IsIdentifier(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a valid property name (letters, digits and _, starting with a letter or _).", paramName);
        }

        if (!allowReserved && ReservedPropertyNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{name}' is a system property and cannot be set as a custom property.", paramName);
        }

        return name;
    }
}
