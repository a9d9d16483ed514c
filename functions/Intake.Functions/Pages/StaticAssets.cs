using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Intake.Functions.Pages;

/// <summary>One file under <c>/static/</c>: its URL carries a hash of its content, so it can be cached for a year.</summary>
internal sealed class StaticAsset
{
    private readonly Lazy<byte[]> brotli;
    private readonly Lazy<byte[]> gzip;

    public StaticAsset(string name, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..12];
        var dot = name.LastIndexOf('.');
        FileName = string.Create(CultureInfo.InvariantCulture, $"{name[..dot]}.{hash}{name[dot..]}");
        Content = content;
        ContentType = name[dot..] switch
        {
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };
        brotli = new(() => Compress(content, s => new BrotliStream(s, CompressionLevel.Optimal)));
        gzip = new(() => Compress(content, s => new GZipStream(s, CompressionLevel.Optimal)));
    }

    /// <summary>The versioned file name, e.g. <c>site.3f2a9c0d1b7e.css</c>.</summary>
    public string FileName { get; }

    public string Url => "/static/" + FileName;

    public byte[] Content { get; }

    public string ContentType { get; }

    /// <summary>The body and its Content-Encoding (null: as it is) for what the client accepts.</summary>
    public (byte[] Body, string? Encoding) For(IReadOnlyList<StringWithQualityHeaderValue> accepted)
    {
        bool Accepts(string coding) => accepted.Any(a => string.Equals(a.Value.Value, coding, StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);
        return Accepts("br") ? (brotli.Value, "br") : Accepts("gzip") ? (gzip.Value, "gzip") : (Content, null);
    }

    private static byte[] Compress(byte[] content, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output))
        {
            stream.Write(content);
        }

        return output.ToArray();
    }
}

/// <summary>
/// The pages' CSS, scripts and icon, and Web Chat's bundle, embedded in the assembly at build time (see the project file) and
/// served from memory. Only the versioned names answer; anything else under /static/ is a 404.
/// </summary>
internal sealed class StaticAssets
{
    public const string SiteCss = "site.css";
    public const string FormScript = "form.js";
    public const string ChatScript = "chat.js";
    public const string WebChatBundle = "webchat.js";

    /// <summary>The pages' icon. Without one, browsers ask for /favicon.ico on every page, a 404 each time.</summary>
    public const string Favicon = "favicon.svg";

    private readonly Dictionary<string, StaticAsset> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StaticAsset> byFileName = new(StringComparer.Ordinal);

    public StaticAssets()
    {
        foreach (var name in new[] { SiteCss, FormScript, ChatScript, WebChatBundle, Favicon })
        {
            using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream("static/" + name)
                ?? throw new InvalidOperationException($"The embedded asset static/{name} is missing from the build.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var asset = new StaticAsset(name, buffer.ToArray());
            byName[name] = asset;
            byFileName[asset.FileName] = asset;
        }
    }

    public IEnumerable<StaticAsset> All => byName.Values;

    /// <summary>The versioned URL of an asset by its plain name, e.g. "site.css" → "/static/site.3f2a9c0d1b7e.css".</summary>
    public string Url(string name) => byName[name].Url;

    public bool TryGet(string fileName, out StaticAsset asset) => byFileName.TryGetValue(fileName, out asset!);
}
