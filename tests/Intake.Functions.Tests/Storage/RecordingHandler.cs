using System.Net;
using System.Text;

namespace Intake.Functions.Tests.Storage;

/// <summary>Records every request (headers as sent, body) and answers from a queue of canned responses; no network.</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> _responses = new();

    public List<RecordedRequest> Requests { get; } = [];

    public RecordingHandler Respond(HttpStatusCode status, string? body = null, params (string Name, string Value)[] headers)
    {
        _responses.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body ?? string.Empty, Encoding.UTF8) };
            foreach ((string name, string value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // NonValidated: the values as given, not re-formatted by HttpClient's parsers.
        foreach (var header in request.Headers.NonValidated.Concat(request.Content?.Headers.NonValidated ?? default))
        {
            headers[header.Key] = string.Join(",", header.Value);
        }

        string body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(request.Method.Method, request.RequestUri!, headers, body));
        return _responses.Count > 0 ? _responses.Dequeue()() : new HttpResponseMessage(HttpStatusCode.NoContent);
    }
}

internal sealed record RecordedRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The path and query exactly as they went on the wire.</summary>
    public string PathAndQuery => Uri.PathAndQuery;

    public string Header(string name) => Headers.TryGetValue(name, out string? value) ? value : string.Empty;
}
