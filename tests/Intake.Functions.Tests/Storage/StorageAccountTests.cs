using Azure.Core;
using Intake.Functions.Storage;
using Xunit;

namespace Intake.Functions.Tests.Storage;

public sealed class StorageAccountTests
{
    private const string Key = RecordingClients.DevKey;

    [Fact]
    public void Parse_UseDevelopmentStorage_PointsAtAzuriteDefaults()
    {
        StorageAccount account = StorageAccount.Parse("UseDevelopmentStorage=true");

        Assert.Equal("devstoreaccount1", account.AccountName);
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), account.TableEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10001/devstoreaccount1"), account.QueueEndpoint);
    }

    [Fact]
    public void Parse_AccountAndSuffix_DerivesEndpoints()
    {
        StorageAccount account = StorageAccount.Parse(
            $"DefaultEndpointsProtocol=https;AccountName=intake;AccountKey={Key};EndpointSuffix=core.windows.net");

        Assert.Equal(new Uri("https://intake.table.core.windows.net"), account.TableEndpoint);
        Assert.Equal(new Uri("https://intake.queue.core.windows.net"), account.QueueEndpoint);
    }

    [Fact]
    public void Parse_ExplicitEndpoints_TakesThemAsGiven()
    {
        StorageAccount account = StorageAccount.Parse(
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};" +
            "TableEndpoint=http://127.0.0.1:5002/devstoreaccount1/;QueueEndpoint=http://127.0.0.1:5001/devstoreaccount1;");

        Assert.Equal(new Uri("http://127.0.0.1:5002/devstoreaccount1"), account.TableEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:5001/devstoreaccount1"), account.QueueEndpoint);
    }

    [Theory]
    [InlineData("")]
    [InlineData("UseDevelopmentStorage=false")]
    [InlineData("AccountName=a")]
    [InlineData("AccountName=a;AccountKey=not base64 SECRET")]
    [InlineData("AccountName=a;AccountKey=AAAA;TableEndpoint=ftp://x")]
    [InlineData("AccountName=a;AccountKey=AAAA;SharedAccessSignature=sv=SECRET")]
    [InlineData("AccountName=a;AccountKey=AAAA;DefaultEndpointsProtocol=gopher")]
    [InlineData("SECRET")]
    [InlineData("AccountName=a;AccountKey=AAAA;AccountKey=AAAA")]
    public void Parse_Invalid_ThrowsFormatExceptionWithoutSecrets(string connectionString)
    {
        var ex = Assert.Throws<FormatException>(() => StorageAccount.Parse(connectionString));

        Assert.DoesNotContain("SECRET", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AAAA", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromServiceUris_HostStyle_TakesAccountFromHost()
    {
        StorageAccount account = StorageAccount.FromServiceUris(
            new Uri("https://intake.table.core.windows.net/"), new Uri("https://intake.queue.core.windows.net/"), new NoToken());

        Assert.Equal("intake", account.AccountName);
        Assert.NotNull(account.CreateTableClient());
        Assert.NotNull(account.CreateQueueClient());
    }

    [Fact]
    public async Task FromServiceUris_TokenCredential_SendsBearerForStorageScope()
    {
        var token = new NoToken();
        var handler = new RecordingHandler().Respond(System.Net.HttpStatusCode.OK, headers: ("x-ms-approximate-messages-count", "0"));
        StorageAccount account = StorageAccount.FromServiceUris(
            new Uri("https://intake.table.core.windows.net"), new Uri("https://intake.queue.core.windows.net"), token);
        var options = new QueueStorageClientOptions { Transport = new Azure.Core.Pipeline.HttpClientTransport(new HttpClient(handler)) };

        await account.CreateQueueClient(options).GetApproximateMessageCountAsync("jobs", TestContext.Current.CancellationToken);

        RecordedRequest request = Assert.Single(handler.Requests);
        Assert.Equal("Bearer token", request.Header("Authorization"));
        Assert.Equal(["https://storage.azure.com/.default"], token.Scopes);
        Assert.Equal("2021-12-02", request.Header("x-ms-version"));
        Assert.NotEmpty(request.Header("x-ms-date"));
    }

    private sealed class NoToken : TokenCredential
    {
        public string[] Scopes { get; private set; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes = requestContext.Scopes;
            return new("token", DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
