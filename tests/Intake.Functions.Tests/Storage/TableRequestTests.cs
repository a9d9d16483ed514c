using System.Net;
using Azure;
using Intake.Functions.Storage;
using Xunit;

namespace Intake.Functions.Tests.Storage;

/// <summary>Exact table requests: URLs, headers, bodies and error mapping, against a recording handler.</summary>
public sealed class TableRequestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InsertEntity_EveryValueType_WritesODataTypeAnnotations()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.NoContent, headers: ("ETag", "W/\"1\""));
        var entity = new TableEntity("p", "r")
        {
            ["Text"] = "O'Brien",
            ["Flag"] = true,
            ["Small"] = 42,
            ["Big"] = 9007199254740993L,
            ["Ratio"] = 2.0,
            ["At"] = new DateTimeOffset(2024, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)),
            ["Id"] = Guid.Parse("c9da6455-213d-42c9-9a79-3e9149a57833"),
            ["Blob"] = new byte[] { 0, 1, 2, 3 },
        };

        string etag = await RecordingClients.Table(handler).InsertEntityAsync("orders", entity, Ct);

        RecordedRequest request = Assert.Single(handler.Requests);
        Assert.Equal("W/\"1\"", etag);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/devstoreaccount1/orders", request.PathAndQuery);
        Assert.Equal("return-no-content", request.Header("Prefer"));
        Assert.Equal("application/json;odata=nometadata", request.Header("Accept"));
        Assert.Equal("3.0", request.Header("DataServiceVersion"));
        Assert.Equal("2019-02-02", request.Header("x-ms-version"));
        Assert.True(Guid.TryParse(request.Header("x-ms-client-request-id"), out _));
        Assert.Equal(
            """{"PartitionKey":"p","RowKey":"r","Text":"O\u0027Brien","Flag":true,"Small":42,"Big@odata.type":"Edm.Int64","Big":"9007199254740993","Ratio@odata.type":"Edm.Double","Ratio":2,"At@odata.type":"Edm.DateTime","At":"2024-01-01T00:00:00.0000000Z","Id@odata.type":"Edm.Guid","Id":"c9da6455-213d-42c9-9a79-3e9149a57833","Blob@odata.type":"Edm.Binary","Blob":"AAECAw=="}""",
            request.Body);
    }

    [Fact]
    public async Task GetEntity_KeysWithQuotesAndSpaces_DoublesQuotesAndPercentEncodes()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.NotFound, headers: ("x-ms-error-code", "ResourceNotFound"));

        TableEntity? entity = await RecordingClients.Table(handler).GetEntityAsync("orders", "O'Brien", "a bä", Ct);

        Assert.Null(entity);
        RecordedRequest request = Assert.Single(handler.Requests);
        Assert.Equal("/devstoreaccount1/orders(PartitionKey='O%27%27Brien',RowKey='a%20b%C3%A4')", request.PathAndQuery);
        Assert.Equal("application/json;odata=minimalmetadata", request.Header("Accept"));
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\u0001b")]
    [InlineData("a\u007Fb")]
    public async Task GetEntity_ForbiddenKeyCharacter_ThrowsArgumentExceptionWithoutSending(string key)
    {
        var handler = new RecordingHandler();

        await Assert.ThrowsAsync<ArgumentException>(() => RecordingClients.Table(handler).GetEntityAsync("orders", key, "r", Ct));
        Assert.Throws<ArgumentException>(() => new TableEntity("p", key));
        Assert.Empty(handler.Requests);
    }

    [Theory]
    [InlineData(TableUpdateMode.Merge, "MERGE")]
    [InlineData(TableUpdateMode.Replace, "PUT")]
    public async Task UpdateEntity_Mode_UsesVerbAndIfMatch(TableUpdateMode mode, string verb)
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.NoContent, headers: ("ETag", "W/\"2\""));

        string etag = await RecordingClients.Table(handler).UpdateEntityAsync(
            "orders", new TableEntity("p", "r") { ["Qty"] = 3 }, "W/\"1\"", mode, Ct);

        RecordedRequest request = Assert.Single(handler.Requests);
        Assert.Equal(("W/\"2\"", verb, "W/\"1\""), (etag, request.Method, request.Header("If-Match")));
        Assert.Equal("/devstoreaccount1/orders(PartitionKey='p',RowKey='r')", request.PathAndQuery);
    }

    [Fact]
    public async Task UpsertEntity_SendsNoIfMatch()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.NoContent, headers: ("ETag", "W/\"2\""));

        await RecordingClients.Table(handler).UpsertEntityAsync("orders", new TableEntity("p", "r"), TableUpdateMode.Replace, Ct);

        Assert.False(Assert.Single(handler.Requests).Headers.ContainsKey("If-Match"));
    }

    [Fact]
    public async Task DeleteEntity_Default_SendsIfMatchStar()
    {
        var handler = new RecordingHandler();

        await RecordingClients.Table(handler).DeleteEntityAsync("orders", "p", "r", cancellationToken: Ct);

        RecordedRequest request = Assert.Single(handler.Requests);
        Assert.Equal(("DELETE", "*"), (request.Method, request.Header("If-Match")));
    }

    [Fact]
    public async Task QueryPage_AllOptions_EncodesFilterSelectTopAndContinuation()
    {
        var handler = new RecordingHandler().Respond(
            HttpStatusCode.OK,
            """{"value":[{"odata.etag":"W/\"e\"","PartitionKey":"p","RowKey":"r","Qty":1}]}""",
            ("x-ms-continuation-NextPartitionKey", "1!4!cA--"), ("x-ms-continuation-NextRowKey", "1!4!cg--"));
        TableFilter filter = TableFilter.Equal("PartitionKey", "p").And(TableFilter.GreaterThan("Qty", 1));

        TableQueryPage page = await RecordingClients.Table(handler).QueryPageAsync(
            "orders", filter, ["Qty"], 5, new TableContinuationToken("a b", "c"), Ct);

        Assert.Equal(
            "/devstoreaccount1/orders()?$filter=%28PartitionKey%20eq%20%27p%27%29%20and%20%28Qty%20gt%201%29" +
            "&$select=PartitionKey%2CRowKey%2CQty&$top=5&NextPartitionKey=a%20b&NextRowKey=c",
            Assert.Single(handler.Requests).PathAndQuery);
        Assert.Equal(new TableContinuationToken("1!4!cA--", "1!4!cg--"), page.Continuation);
        TableEntity entity = Assert.Single(page.Entities);
        Assert.Equal(("W/\"e\"", 1), (entity.ETag, entity.GetInt32("Qty")));
    }

    [Fact]
    public async Task InsertEntity_Conflict_ThrowsRequestFailedWithCodeButNoEntityContents()
    {
        var handler = new RecordingHandler().Respond(
            HttpStatusCode.Conflict,
            """{"odata.error":{"code":"EntityAlreadyExists","message":{"lang":"en-US","value":"secret-value exists"}}}""");

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => RecordingClients.Table(handler)
            .InsertEntityAsync("orders", new TableEntity("p", "r") { ["Name"] = "secret-value" }, Ct));

        Assert.Equal((409, "EntityAlreadyExists"), (ex.Status, ex.ErrorCode));
        Assert.DoesNotContain("secret-value", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetEntity_TableNotFound_ThrowsInsteadOfNull()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.NotFound, headers: ("x-ms-error-code", "TableNotFound"));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(
            () => RecordingClients.Table(handler).GetEntityAsync("orders", "p", "r", Ct));

        Assert.Equal("TableNotFound", ex.ErrorCode);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("1abc")]
    [InlineData("tables")]
    [InlineData("ord-ers")]
    public async Task CreateTable_InvalidName_ThrowsArgumentException(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(
            () => RecordingClients.Table(new RecordingHandler()).CreateTableIfNotExistsAsync(name, Ct));
    }
}
