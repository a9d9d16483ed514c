using System.Net.Http.Headers;
using System.Text;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>The request bodies in samples/requests/, the same files the .http file sends.</summary>
public static class Samples
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Read(string name) => File.ReadAllText(Path.Combine(RepoRoot, "samples", "requests", name + ".json"));

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
