using System.Net;
using System.Net.Sockets;

namespace Intake.Functions.RateLimits;

/// <summary>
/// Which client a request is counted as: an address, used in memory for the count and nothing else (never logged,
/// never stored). Only what the platform itself wrote is believed: the connection's own address, or the rightmost
/// value of a header that the nearest proxy appends or sets. Values to its left were written by whoever sent the
/// request and can say anything.
/// </summary>
internal static class ClientAddress
{
    /// <summary>What the Functions host sets on every request it forwards to the worker: the address it got it from.</summary>
    public const string ForwardedFor = "X-Forwarded-For";

    /// <summary>The client's address: the rightmost value of <paramref name="header"/> when one is named, otherwise the
    /// connection's. Null when there is none that is an address (the request is then not counted; see the gate).</summary>
    public static IPAddress? Of(HttpContext context, string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return context.Connection.RemoteIpAddress;
        }

        var values = context.Request.Headers[header];
        if (values.Count == 0 || values[^1] is not { } last)
        {
            return null;
        }

        return Parse(last[(last.LastIndexOf(',') + 1)..].Trim());
    }

    /// <summary>An address as proxies write it: <c>203.0.113.7</c>, <c>203.0.113.7:4711</c>, <c>2001:db8::1</c>,
    /// <c>[2001:db8::1]:443</c>.</summary>
    internal static IPAddress? Parse(string value) => IPEndPoint.TryParse(value, out var endpoint) ? endpoint.Address : null;

    /// <summary>What one client is: an IPv4 address, or an IPv6 address's /64 (a home, a phone or a small office holds a
    /// whole /64, and changes addresses within it at will).</summary>
    public static byte[] PartitionBytes(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        return address.AddressFamily == AddressFamily.InterNetworkV6 ? bytes[..8] : bytes;
    }
}
