using System.Collections.ObjectModel;

namespace Intake.Functions.Storage;

/// <summary>
/// A table entity as a property bag. Values are string, bool, int, long, double, DateTimeOffset (or UTC DateTime),
/// Guid or byte[]; setting null removes a property.
/// </summary>
public sealed class TableEntity
{
    private readonly Dictionary<string, object> _properties = new(StringComparer.Ordinal);

    public TableEntity(string partitionKey, string rowKey)
    {
        PartitionKey = TableNaming.ValidateKey(partitionKey, nameof(partitionKey));
        RowKey = TableNaming.ValidateKey(rowKey, nameof(rowKey));
        Properties = new ReadOnlyDictionary<string, object>(_properties);
    }

    public string PartitionKey { get; }

    public string RowKey { get; }

    /// <summary>Opaque; echo it verbatim as If-Match.</summary>
    public string? ETag { get; set; }

    /// <summary>Set by the service; null on an entity not read from storage.</summary>
    public DateTimeOffset? Timestamp { get; internal set; }

    /// <summary>Custom properties (not PartitionKey, RowKey or Timestamp).</summary>
    public IReadOnlyDictionary<string, object> Properties { get; }

    public object? this[string name]
    {
        get => _properties.GetValueOrDefault(name);
        set
        {
            TableNaming.ValidatePropertyName(name, nameof(name), allowReserved: false);
            if (value is null)
            {
                _properties.Remove(name);
            }
            else
            {
                _properties[name] = TableValues.Normalize(value, name);
            }
        }
    }

    public string? GetString(string name) => Get<string>(name);

    public bool? GetBoolean(string name) => GetValue<bool>(name);

    public int? GetInt32(string name) => GetValue<int>(name);

    public long? GetInt64(string name) => this[name] is int small ? small : GetValue<long>(name);

    public double? GetDouble(string name) => this[name] is int small ? small : GetValue<double>(name);

    public DateTimeOffset? GetDateTimeOffset(string name) => GetValue<DateTimeOffset>(name);

    public Guid? GetGuid(string name) => GetValue<Guid>(name);

    public byte[]? GetBinary(string name) => Get<byte[]>(name);

    /// <summary>Stores a value read from the service without re-validating the name.</summary>
    internal void SetFromService(string name, object value) => _properties[name] = value;

    private T? Get<T>(string name)
        where T : class => this[name] switch
        {
            null => null,
            T value => value,
            var other => throw WrongType(name, typeof(T), other),
        };

    private T? GetValue<T>(string name)
        where T : struct => this[name] switch
        {
            null => null,
            T value => value,
            var other => throw WrongType(name, typeof(T), other),
        };

    private static InvalidOperationException WrongType(string name, Type wanted, object actual) =>
        new($"Property '{name}' holds a {actual.GetType().Name}, not a {wanted.Name}.");
}
