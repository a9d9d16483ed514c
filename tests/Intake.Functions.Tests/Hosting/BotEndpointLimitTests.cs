using System.Net.Sockets;
using System.Text;
using Intake.Bot.Tests.Infrastructure;
using Intake.Functions.Bot;
using Intake.Functions.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Functions.Tests.Hosting;

/// <summary>The app with real bot authentication (an app id, keys from an OpenID metadata stub), no local-development exception.</summary>
public sealed class BotEndpointLimitFixture(AzuriteFixture azurite) : IAsyncLifetime
{
    internal TestSigningKey Key { get; } = new("key-1", "emulator", "webchat", "directline");

    internal OpenIdStub Stub { get; private set; } = null!;

    public IntakeApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Stub = await OpenIdStub.StartAsync(Key);
        App = Start(azurite, Stub);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Stub.DisposeAsync();
        Key.Dispose();
    }

    internal static IntakeApp Start(AzuriteFixture azurite, OpenIdStub stub) => new(new TestStorage(azurite), extraSettings: new()
    {
        ["BotAuth:AllowUnauthenticatedLocalDevelopment"] = "false",
        ["BotAuth:AppId"] = TestTokens.AppId,
        ["BotAuth:OpenIdMetadataUrl"] = stub.MetadataUrl.AbsoluteUri,
        ["BotAuth:RequireHttpsMetadata"] = "false",
    });
}

/// <summary>
/// POST /api/messages against a hostile sender: a request without a valid token is refused before its body is read,
/// a body larger than 256 KiB is refused once 256 KiB are read, with or without Content-Length, in both hosts; a
/// failed key fetch refuses, it does not fail. Over raw sockets, so that the body can be left unfinished: an answer
/// that comes while the body is still open proves the server did not wait to read it whole.
/// </summary>
public sealed class BotEndpointLimitTests(BotEndpointLimitFixture fixture, AzuriteFixture azurite) : IClassFixture<BotEndpointLimitFixture>
{
    private const int Limit = 256 * 1024;
    private const int ChunkBytes = 64 * 1024;
    private static readonly byte[] ActivityHead = Encoding.UTF8.GetBytes("{\"type\":\"message\",\"channelId\":\"webchat\",\"text\":\"");
    private static readonly byte[] ActivityTail = Encoding.UTF8.GetBytes("\"}");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> InvalidAuthorizations() =>
    [
        "",                                                       // no Authorization header
        "Bearer not-a-token",
        "Bearer " + TestTokens.Forged("key-1", "none", 0),        // unsigned, naming the published key
        "Bearer " + TestTokens.Forged("unknown-kid"),             // signed by nobody, naming a key nobody published
        "Basic dXNlcjpwYXNz",
    ];

    [Theory]
    [MemberData(nameof(InvalidAuthorizations))]
    public async Task Messages_ChunkedBodyWithoutAValidToken_Answers401BeforeTheBodyIsFinished(string authorization)
    {
        int status = await PostChunkedAsync(fixture.App.Http.BaseAddress!, authorization, sendBytes: ChunkBytes, finish: false);

        Assert.Equal(401, status);
    }

    [Fact]
    public async Task Messages_AuthenticatedChunkedBodyOver256KiB_Answers413BeforeTheBodyIsFinished()
    {
        string authorization = TestTokens.Bearer(fixture.Key);

        int status = await PostChunkedAsync(fixture.App.Http.BaseAddress!, authorization, sendBytes: Limit + ChunkBytes, finish: false);

        Assert.Equal(413, status);
    }

    [Fact]
    public async Task Messages_ParallelChunkedPostsOf24MiB_Answer401WithoutTokenAnd413WithOne()
    {
        const long Body = 24L * 1024 * 1024;
        string valid = TestTokens.Bearer(fixture.Key);
        Uri address = fixture.App.Http.BaseAddress!;

        int[] statuses = await Task.WhenAll(
            Enumerable.Range(0, 6).Select(i => PostChunkedAsync(address, i < 4 ? "" : valid, Body, finish: true)));

        Assert.Equal([401, 401, 401, 401, 413, 413], statuses);
    }

    [Fact]
    public async Task MessagesFunction_UnderTheWorker_ChunkedBodyWithoutToken_Answers401WithoutReadingIt()
    {
        var body = new ActivityStream(24L * 1024 * 1024);

        int status = await InvokeFunctionAsync(authorization: null, body);

        Assert.Equal(401, status);
        Assert.Equal(0, body.BytesRead);
    }

    [Fact]
    public async Task MessagesFunction_UnderTheWorker_AuthenticatedChunkedBodyOver256KiB_Answers413AfterReadingAtMostTheLimit()
    {
        var body = new ActivityStream(24L * 1024 * 1024);

        int status = await InvokeFunctionAsync(TestTokens.Bearer(fixture.Key), body);

        Assert.Equal(413, status);
        Assert.Equal(Limit + 1L, body.BytesRead);
    }

    [Fact]
    public async Task Messages_WhenTheMetadataEndpointFails_Answers401Not500()
    {
        using var key = new TestSigningKey("key-1", "webchat");
        await using OpenIdStub failing = await OpenIdStub.StartAsync(key);
        failing.FailWith = 500;
        await using IntakeApp app = BotEndpointLimitFixture.Start(azurite, failing);

        for (var i = 0; i < 5; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
            {
                Content = new StringContent("{\"type\":\"message\",\"text\":\"hej\"}", Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("Authorization", i % 2 == 0 ? TestTokens.Bearer(key) : "Bearer " + TestTokens.Forged(key.KeyId));
            var response = await app.Http.SendAsync(request, Ct);
            Assert.Equal(401, (int)response.StatusCode);
        }

        Assert.Equal(1, failing.MetadataRequests);
    }

    /// <summary>The Messages function as the worker calls it, with a body that counts what is read of it.</summary>
    private async Task<int> InvokeFunctionAsync(string? authorization, ActivityStream body)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.Method = "POST";
        http.Request.Path = "/api/messages";
        http.Request.ContentType = "application/json";
        http.Request.Body = body;
        if (authorization is not null)
        {
            http.Request.Headers.Authorization = authorization;
        }

        var result = await ActivatorUtilities.CreateInstance<BotFunctions>(scope.ServiceProvider).MessagesAsync(http.Request, Ct);
        await result.ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor()));
        return http.Response.StatusCode;
    }

    /// <summary>
    /// A chunked POST to /api/messages of an activity with one long text, <paramref name="sendBytes"/> in all, sent
    /// until the server answers. Unless <paramref name="finish"/>, the last chunk is never sent: the body stays open.
    /// Returns the status, or fails when none comes within 30 seconds.
    /// </summary>
    private static async Task<int> PostChunkedAsync(Uri address, string authorization, long sendBytes, bool finish)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port, Ct);
        await using NetworkStream stream = client.GetStream();
        string head = "POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
            + (authorization.Length > 0 ? $"Authorization: {authorization}\r\n" : string.Empty) + "\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), Ct);

        using var answered = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        Task<int> status = ReadStatusAsync(stream, answered.Token);
        Task sending = SendChunksAsync(stream, sendBytes, finish, answered.Token);
        try
        {
            await status.WaitAsync(TimeSpan.FromSeconds(30), Ct);  // a bound on waiting for the answer, not a pause
        }
        catch (TimeoutException)
        {
            Assert.Fail($"No answer within 30 s while {sendBytes} bytes of the body were sent{(finish ? string.Empty : " and the body left open")}.");
        }

        await answered.CancelAsync();
        await sending;
        return await status;
    }

    private static async Task SendChunksAsync(NetworkStream stream, long sendBytes, bool finish, CancellationToken cancellationToken)
    {
        byte[] filler = Enumerable.Repeat((byte)'a', ChunkBytes).ToArray();
        try
        {
            for (long sent = 0; sent < sendBytes;)
            {
                byte[] data = sent == 0 ? [.. ActivityHead, .. filler.AsSpan(ActivityHead.Length)] : filler;
                int length = (int)Math.Min(data.Length, sendBytes - sent);
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"{length:X}\r\n"), cancellationToken);
                await stream.WriteAsync(data.AsMemory(0, length), cancellationToken);
                await stream.WriteAsync("\r\n"u8.ToArray(), cancellationToken);
                sent += length;
            }

            if (finish)
            {
                await stream.WriteAsync("2\r\n\"}\r\n0\r\n\r\n"u8.ToArray(), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The server answered and closed the connection, or the test stopped sending once it answered.
        }
    }

    private static async Task<int> ReadStatusAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (!line.ToString().EndsWith("\r\n", StringComparison.Ordinal)
            && await stream.ReadAsync(one, cancellationToken) == 1)
        {
            line.Append((char)one[0]);
        }

        // "HTTP/1.1 401 Unauthorized"
        string[] parts = line.ToString().Split(' ');
        return parts.Length > 1 && int.TryParse(parts[1], out int status) ? status : 0;
    }

    /// <summary>An activity with one long text, <paramref name="length"/> bytes in all, made as it is read, counting the bytes read.</summary>
    private sealed class ActivityStream(long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n = (int)Math.Min(buffer.Length, length - BytesRead);
            for (var i = 0; i < n; i++)
            {
                long at = BytesRead + i;
                buffer[i] = at < ActivityHead.Length ? ActivityHead[at]
                    : at >= length - ActivityTail.Length ? ActivityTail[at - (length - ActivityTail.Length)]
                    : (byte)'a';
            }

            BytesRead += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
