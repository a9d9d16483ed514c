using System.Net.Http.Headers;
using System.Text;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>The request bodies in samples/requests/, the same files the .http file sends.</summary>
public static class Samples
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Read(string name) => File.ReadAllText(Path.Combine(RepoRoot, "samples", "requests", name + ".json"));

    /// <summary>The sample with <paramref name="number"/> in front of its free text: a submission of its own (the same
    /// answers again are taken as the same submission sent again, and get its reference back).</summary>
    public static string Numbered(string name, int number)
    {
        var body = Read(name);
        foreach (var field in new[] { "\"description\": \"", "\"message\": \"" })
        {
            var at = body.IndexOf(field, StringComparison.Ordinal);
            if (at >= 0)
            {
                return body.Insert(at + field.Length, $"({number}) ");
            }
        }

        throw new ArgumentException($"Sample {name} has no free text to number.", nameof(name));
    }

    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    public static HttpRequestMessage Post(string path, HttpContent content, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        return request;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Intake.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Intake.sln not found above " + AppContext.BaseDirectory);
    }
}
