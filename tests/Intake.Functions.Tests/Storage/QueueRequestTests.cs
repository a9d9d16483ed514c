using System.Net;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Intake.Functions.Storage;
using Xunit;

namespace Intake.Functions.Tests.Storage;

/// <summary>Exact queue requests: SharedKey (Blob/Queue form) string-to-sign, URLs, XML bodies, encoding.</summary>
public sealed class QueueRequestTests
{
    private const string Date = "Mon, 01 Jan 2024 00:00:00 GMT";
    private const string ReceivedXml =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><QueueMessagesList><QueueMessage><MessageId>m1</MessageId>" +
        "<InsertionTime>Mon, 01 Jan 2024 00:00:00 GMT</InsertionTime><ExpirationTime>Fri, 31 Dec 9999 23:59:59 GMT</ExpirationTime>" +
        "<PopReceipt>pr1</PopReceipt><TimeNextVisible>Mon, 01 Jan 2024 00:00:30 GMT</TimeNextVisible><DequeueCount>2</DequeueCount>" +
        "<MessageText>aMOkag==</MessageText></QueueMessage></QueueMessagesList>";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendMessage_Base64_PostsEncodedXmlNeverExpiringAndSignsBlobQueueForm()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.Created, ReceivedXml);

        SendReceipt receipt = await RecordingClients.Queue(handler).SendMessageAsync("jobs", "häj", cancellationToken: Ct);

        RecordedRequest request = Assert.Single(handler.Requests);
        Assert.Equal(("POST", "/devstoreaccount1/jobs/messages?messagettl=-1"), (request.Method, request.PathAndQuery));
        Assert.Equal("<QueueMessage><MessageText>aMOkag==</MessageText></QueueMessage>", request.Body);
        Assert.Equal("2021-12-02", request.Header("x-ms-version"));
        Assert.Equal(("m1", "pr1"), (receipt.MessageId, receipt.PopReceipt));
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 0, 30, TimeSpan.Zero), receipt.NextVisibleOn);
        string expected = StringToSign(
            "POST\n\n\n64\n\napplication/xml\n\n\n\n\n\n\n", request, "/devstoreaccount1/devstoreaccount1/jobs/messages\nmessagettl:-1");
        Assert.Equal(SharedKey(expected), request.Header("Authorization"));
    }

    [Fact]
    public async Task ReceiveMessages_SignsSortedQueryAndDecodesBase64()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.OK, ReceivedXml);

        IReadOnlyList<QueueMessage> messages = await RecordingClients.Queue(handler)
            .ReceiveMessagesAsync("jobs", 1, TimeSpan.FromSeconds(30), Ct);

        RecordedRequest request = Assert.Single(handler.Requests);
        Assert.Equal("/devstoreaccount1/jobs/messages?numofmessages=1&visibilitytimeout=30", request.PathAndQuery);
        string expected = StringToSign(
            "GET\n\n\n\n\n\n\n\n\n\n\n\n", request, "/devstoreaccount1/devstoreaccount1/jobs/messages\nnumofmessages:1\nvisibilitytimeout:30");
        Assert.Equal(SharedKey(expected), request.Header("Authorization"));
        QueueMessage message = Assert.Single(messages);
        Assert.Equal(("m1", "pr1", "häj", 2L), (message.MessageId, message.PopReceipt, message.MessageText, message.DequeueCount));
    }

    [Fact]
    public async Task SendMessage_NoEncodingWithDelayAndTtl_EscapesXmlAndSetsSeconds()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.Created, ReceivedXml);

        await RecordingClients.Queue(handler, QueueMessageEncoding.None).SendMessageAsync(
            "jobs", "<a & 'b'>", TimeSpan.FromSeconds(30), TimeSpan.FromHours(1), Ct);

        RecordedRequest request = Assert.Single(handler.Requests);
        Assert.Equal("/devstoreaccount1/jobs/messages?visibilitytimeout=30&messagettl=3600", request.PathAndQuery);
        Assert.Equal("<QueueMessage><MessageText>&lt;a &amp; 'b'&gt;</MessageText></QueueMessage>", request.Body);
    }

    [Fact]
    public async Task SendMessage_Over64KiBAfterBase64_ThrowsBeforeSending()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.Created, ReceivedXml);
        QueueStorageClient client = RecordingClients.Queue(handler);

        await client.SendMessageAsync("jobs", new string('x', 48 * 1024), cancellationToken: Ct);
        await Assert.ThrowsAsync<ArgumentException>(() => client.SendMessageAsync("jobs", new string('x', (48 * 1024) + 1), cancellationToken: Ct));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task DeleteMessage_StaleReceipt_ThrowsWithCodeFromXmlBody()
    {
        var handler = new RecordingHandler().Respond(
            HttpStatusCode.NotFound, "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>MessageNotFound</Code><Message>gone</Message></Error>");

        var ex = await Assert.ThrowsAsync<RequestFailedException>(
            () => RecordingClients.Queue(handler).DeleteMessageAsync("jobs", "m1", "a/b+c=", Ct));

        Assert.Equal((404, "MessageNotFound"), (ex.Status, ex.ErrorCode));
        Assert.Equal("/devstoreaccount1/jobs/messages/m1?popreceipt=a%2Fb%2Bc%3D", Assert.Single(handler.Requests).PathAndQuery);
    }

    [Fact]
    public async Task UpdateVisibility_ReturnsNewPopReceipt()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.NoContent, headers: ("x-ms-popreceipt", "pr2"));

        string receipt = await RecordingClients.Queue(handler).UpdateVisibilityAsync("jobs", "m1", "pr1", TimeSpan.FromMinutes(5), Ct);

        RecordedRequest request = Assert.Single(handler.Requests);
        Assert.Equal(("pr2", "PUT"), (receipt, request.Method));
        Assert.Equal("/devstoreaccount1/jobs/messages/m1?popreceipt=pr1&visibilitytimeout=300", request.PathAndQuery);
    }

    [Fact]
    public async Task GetApproximateMessageCount_ReadsHeaderAndSignsComp()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.OK, headers: ("x-ms-approximate-messages-count", "7"));

        int count = await RecordingClients.Queue(handler).GetApproximateMessageCountAsync("jobs", Ct);

        RecordedRequest request = Assert.Single(handler.Requests);
        Assert.Equal((7, "/devstoreaccount1/jobs?comp=metadata"), (count, request.PathAndQuery));
        Assert.Equal(
            SharedKey(StringToSign("GET\n\n\n\n\n\n\n\n\n\n\n\n", request, "/devstoreaccount1/devstoreaccount1/jobs\ncomp:metadata")),
            request.Header("Authorization"));
    }

    [Theory]
    [InlineData("Q1x")]
    [InlineData("ab")]
    [InlineData("-abc")]
    [InlineData("ab--c")]
    [InlineData("abc-")]
    [InlineData("a/b")]
    public async Task CreateQueue_InvalidName_ThrowsArgumentException(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(
            () => RecordingClients.Queue(new RecordingHandler()).CreateQueueIfNotExistsAsync(name, Ct));
    }

    /// <summary>Verb and the eleven standard fields, the x-ms-* headers sorted, then the canonicalized resource.</summary>
    private static string StringToSign(string verbAndStandardFields, RecordedRequest request, string resource) =>
        verbAndStandardFields +
        $"x-ms-client-request-id:{request.Header("x-ms-client-request-id")}\n" +
        $"x-ms-date:{Date}\nx-ms-return-client-request-id:true\nx-ms-version:2021-12-02\n" +
        resource;

    private static string SharedKey(string stringToSign) =>
        "SharedKey devstoreaccount1:" + Convert.ToBase64String(
            HMACSHA256.HashData(Convert.FromBase64String(RecordingClients.DevKey), Encoding.UTF8.GetBytes(stringToSign)));
}
