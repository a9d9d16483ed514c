using System.Diagnostics;
using System.Text.Json;
using Intake.Functions.Telemetry;

namespace Intake.Functions.Tests.Telemetry;

/// <summary>The trace context in a queue message: only traceparent and tracestate are added; old messages stay readable.</summary>
public sealed class QueueTraceContextTests
{
    [Fact]
    public void Inject_WithACurrentSpan_AddsOnlyTraceparentAndTracestate_AndExtractReadsThemBack()
    {
        using var activity = new Activity("send").SetIdFormat(ActivityIdFormat.W3C).Start();
        activity.TraceStateString = "intake=1";

        var text = QueueTraceContext.Inject("{\"submissionId\":\"ABCDEFGHJKLM\"}");

        using var json = JsonDocument.Parse(text);
        Assert.Equal(["submissionId", "traceparent", "tracestate"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(activity.Id, json.RootElement.GetProperty("traceparent").GetString());
        var context = QueueTraceContext.Extract(text);
        Assert.Equal(activity.TraceId, context?.TraceId);
        Assert.Equal(activity.SpanId, context?.SpanId);
        Assert.Equal("intake=1", context?.TraceState);
    }

    [Theory]
    [InlineData("{\"submissionId\":\"ABCDEFGHJKLM\"}")]
    [InlineData("{not json")]
    [InlineData("{\"submissionId\":\"A\",\"traceparent\":\"00-not-a-trace-01\"}")]
    [InlineData("{\"submissionId\":\"A\",\"traceparent\":42}")]
    public void Extract_FromAMessageWithoutAValidContext_IsNone(string text) => Assert.Null(QueueTraceContext.Extract(text));

    [Theory]
    [InlineData("{\"submissionId\":\"ABCDEFGHJKLM\"}")]
    [InlineData("not json")]
    public void Inject_WithoutACurrentSpan_LeavesTheMessageAsItIs(string text)
    {
        Assert.Null(Activity.Current);
        Assert.Equal(text, QueueTraceContext.Inject(text));
    }
}
