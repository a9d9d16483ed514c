using System.Net;
using Intake.Functions.Storage;
using Xunit;

namespace Intake.Functions.Tests.Storage;

/// <summary>The SharedKey (Table) signatures equal the worked examples in specs/azure-table-rest.md §7.4.</summary>
public sealed class TableSignatureTests
{
    private const string Date = "Mon, 01 Jan 2024 00:00:00 GMT";

    [Fact]
    public async Task GetEntity_WithFixedDate_MatchesWorkedExample1()
    {
        var handler = new RecordingHandler().Respond(
            HttpStatusCode.OK, """{"PartitionKey":"cust1","RowKey":"0001"}""", ("ETag", "W/\"x\""));

        await RecordingClients.Table(handler).GetEntityAsync("orders", "cust1", "0001", TestContext.Current.CancellationToken);

        RecordedRequest request = Assert.Single(handler.Requests);
        Assert.Equal("/devstoreaccount1/orders(PartitionKey='cust1',RowKey='0001')", request.PathAndQuery);
        Assert.Equal(Date, request.Header("x-ms-date"));
        Assert.Equal("SharedKey devstoreaccount1:Ny4CLkvmmk6UBjeVu6UG0GI+WNrhFQz0ezMVimH0Jzk=", request.Header("Authorization"));
    }

    [Fact]
    public async Task CreateTable_WithFixedDate_MatchesWorkedExample3()
    {
        var handler = new RecordingHandler();

        await RecordingClients.Table(handler).CreateTableIfNotExistsAsync("orders", TestContext.Current.CancellationToken);

        RecordedRequest request = Assert.Single(handler.Requests);
        Assert.Equal("application/json", request.Header("Content-Type"));
        Assert.Equal("SharedKey devstoreaccount1:y4+YjpWa9p2hSLUPdRNaIBrE0mwOp91eMBmGLPtaGEM=", request.Header("Authorization"));
    }

    [Fact]
    public async Task InsertEntity_WithFixedDate_MatchesWorkedExample4()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.NoContent, headers: ("ETag", "W/\"1\""));

        await RecordingClients.Table(handler).InsertEntityAsync(
            "orders", new TableEntity("cust1", "0001"), TestContext.Current.CancellationToken);

        Assert.Equal(
            "SharedKey devstoreaccount1:w8NWio8BVaYrbfDhR/dKD2cV/fptDBNAo4t+O1R1UU0=",
            Assert.Single(handler.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task QueryPage_CloudEndpoint_SignsPathWithoutQueryAsWorkedExample5()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.OK, """{"value":[]}""");
        TableStorageClient client = RecordingClients.Table(
            handler, "https://myaccount.table.core.windows.net", new StorageSharedKeyCredential("myaccount", RecordingClients.DevKey));

        await client.QueryPageAsync(
            "orders", TableFilter.Equal("PartitionKey", "cust1"), cancellationToken: TestContext.Current.CancellationToken);

        RecordedRequest request = Assert.Single(handler.Requests);
        Assert.StartsWith("/orders()?$filter=", request.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal("SharedKey myaccount:+aLiUH7SDCkQwU0BKBkDC7LkbbyODunDq1X+BCVT7Os=", request.Header("Authorization"));
    }

    [Fact]
    public async Task Retry_AfterServerBusy_SignsAgainWithFreshDate()
    {
        var clock = new TestClock(RecordingClients.FixedDate) { Step = TimeSpan.FromSeconds(1) };
        var handler = new RecordingHandler()
            .Respond(HttpStatusCode.ServiceUnavailable, headers: ("x-ms-error-code", "ServerBusy"))
            .Respond(HttpStatusCode.NoContent);

        await RecordingClients.Table(handler, clock: clock).CreateTableIfNotExistsAsync("orders", TestContext.Current.CancellationToken);

        Assert.Equal(2, handler.Requests.Count);
        Assert.NotEqual(handler.Requests[0].Header("x-ms-date"), handler.Requests[1].Header("x-ms-date"));
        Assert.NotEqual(handler.Requests[0].Header("Authorization"), handler.Requests[1].Header("Authorization"));
        Assert.Equal(handler.Requests[0].Header("x-ms-client-request-id"), handler.Requests[1].Header("x-ms-client-request-id"));
    }
}
