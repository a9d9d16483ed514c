using System.Collections;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Intake.Functions.Tests.Telemetry;

/// <summary>
/// Everything the app's telemetry pipeline would export, captured in memory: spans, metrics and log records through
/// OpenTelemetry's in-memory exporters (after the app's own processors, as an exporter sees them), and every log
/// line through a logger provider of its own (what a console or any other provider would get).
/// </summary>
internal sealed class TelemetryCapture : ILoggerProvider
{
    public Locked<Activity> Spans { get; } = new();

    public Locked<MetricSnapshot> Metrics { get; } = new();

    public Locked<LogRecord> LogRecords { get; } = new();

    public Locked<string> LogLines { get; } = new();

    /// <summary>Adds the in-memory exporters to the app's pipeline and this provider to its logging.</summary>
    public void AddTo(IServiceCollection services)
    {
        services.ConfigureOpenTelemetryTracerProvider(b => b.AddInMemoryExporter(Spans));
        services.ConfigureOpenTelemetryMeterProvider(b => b.AddInMemoryExporter(Metrics));
        services.ConfigureOpenTelemetryLoggerProvider(b => b.AddInMemoryExporter(LogRecords));
        services.AddSingleton<ILoggerProvider>(this);
    }

    public static void Flush(IServiceProvider services)
    {
        services.GetService<TracerProvider>()?.ForceFlush();
        services.GetService<MeterProvider>()?.ForceFlush();
        services.GetService<LoggerProvider>()?.ForceFlush();
    }

    /// <summary>Every text an exporter would send: span names, status, attributes, events, links' attributes; metric
    /// names and tags; log records' messages, attributes and exceptions; every log line. One entry each, labelled.</summary>
    public IEnumerable<string> ExportedTexts()
    {
        foreach (var span in Spans.Snapshot())
        {
            yield return $"span name: {span.DisplayName} / {span.OperationName}";
            yield return $"span status: {span.StatusDescription}";
            foreach (var tag in span.TagObjects)
            {
                yield return $"span {span.DisplayName} attribute {tag.Key}={tag.Value}";
            }

            foreach (var e in span.Events)
            {
                yield return $"span {span.DisplayName} event {e.Name}";
                foreach (var tag in e.Tags)
                {
                    yield return $"span {span.DisplayName} event {e.Name} attribute {tag.Key}={tag.Value}";
                }
            }

            foreach (var baggage in span.Baggage)
            {
                yield return $"span {span.DisplayName} baggage {baggage.Key}={baggage.Value}";
            }
        }

        foreach (var metric in Metrics.Snapshot())
        {
            yield return $"metric {metric.Name}";
            foreach (var point in metric.MetricPoints)
            {
                foreach (var tag in point.Tags)
                {
                    yield return $"metric {metric.Name} tag {tag.Key}={tag.Value}";
                }
            }
        }

        foreach (var record in LogRecords.Snapshot())
        {
            yield return $"log record {record.CategoryName}: {record.FormattedMessage} / {record.Body}";
            foreach (var attribute in record.Attributes ?? [])
            {
                yield return $"log record {record.CategoryName} attribute {attribute.Key}={attribute.Value}";
            }

            if (record.Exception is { } exception)
            {
                yield return $"log record {record.CategoryName} exception {exception}";
            }
        }

        foreach (var line in LogLines.Snapshot())
        {
            yield return "log line " + line;
        }
    }

    public ILogger CreateLogger(string categoryName) => new LineLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class LineLogger(TelemetryCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join("; ", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
            capture.LogLines.Add($"{category} [{eventId.Id}] {formatter(state, exception)} | {values} | {exception}");
        }
    }

    /// <summary>A collection the exporters may add to from any thread.</summary>
    public sealed class Locked<T> : ICollection<T>
    {
        private readonly List<T> items = [];

        public int Count
        {
            get
            {
                lock (items)
                {
                    return items.Count;
                }
            }
        }

        public bool IsReadOnly => false;

        public List<T> Snapshot()
        {
            lock (items)
            {
                return [.. items];
            }
        }

        public void Add(T item)
        {
            lock (items)
            {
                items.Add(item);
            }
        }

        public void Clear()
        {
            lock (items)
            {
                items.Clear();
            }
        }

        public bool Contains(T item) => Snapshot().Contains(item);

        public void CopyTo(T[] array, int arrayIndex) => Snapshot().CopyTo(array, arrayIndex);

        public bool Remove(T item)
        {
            lock (items)
            {
                return items.Remove(item);
            }
        }

        public IEnumerator<T> GetEnumerator() => Snapshot().GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
