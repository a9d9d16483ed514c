using System.Net;
using System.Text;
using Azure.Core.Pipeline;

namespace Intake.Bot.Tests.Infrastructure;

/// <summary>An HttpMessageHandler that records each request and answers from a queue of replies (200 empty when none).</summary>
internal sealed class RecordingTransport : HttpMessageHandler
{
    private readonly Queue<StubReply> _replies = new();

    public List<StubRequest> Requests { get; } = [];

    /// <summary>The full URI of each request, in order.</summary>
    public List<Uri> Uris { get; } = [];

    /// <summary>For an Azure.Core ClientOptions.Transport.</summary>
    public HttpClientTransport Transport => new(new HttpClient(this));

    public RecordingTransport Reply(StubReply reply)
    {
        _replies.Enqueue(reply);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.NonValidated.Concat(request.Content?.Headers.NonValidated ?? default)
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        string body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        Uris.Add(request.RequestUri!);
        Requests.Add(new StubRequest(request.Method.Method, request.RequestUri!.PathAndQuery, headers, body));

        StubReply reply = _replies.Count > 0 ? _replies.Dequeue() : new StubReply(200);
        var response = new HttpResponseMessage((HttpStatusCode)reply.Status)
        {
            Content = new StringContent(reply.Body, Encoding.UTF8, "application/json"),
        };
        foreach ((string name, string value) in reply.Headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }
}
