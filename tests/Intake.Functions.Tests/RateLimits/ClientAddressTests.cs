using System.Net;
using Intake.Functions.Functions;
using Intake.Functions.Hosting.Worker;
using Intake.Functions.RateLimits;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Tests.RateLimits;

/// <summary>Who a request is counted as: only what the platform wrote is believed, never what the client wrote.</summary>
public sealed class ClientAddressTests
{
    private static DefaultHttpContext Request(string? connection, params string[] forwardedFor)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = connection is null ? null : IPAddress.Parse(connection);
        if (forwardedFor.Length > 0)
        {
            http.Request.Headers[ClientAddress.ForwardedFor] = forwardedFor;
        }

        return http;
    }

    [Fact]
    public void Of_WithoutAHeaderNamed_IsTheConnectionsAddress_WhateverTheClientWroteInXForwardedFor()
    {
        var http = Request("198.51.100.7", "203.0.113.99");

        Assert.Equal(IPAddress.Parse("198.51.100.7"), ClientAddress.Of(http, header: null));
        Assert.Equal(IPAddress.Parse("198.51.100.7"), ClientAddress.Of(http, header: string.Empty));
    }

    [Theory]
    [InlineData("198.51.100.7", "198.51.100.7")]                          // what the Functions host sets
    [InlineData("203.0.113.99, 198.51.100.7", "198.51.100.7")]            // a client's own value on the left is ignored
    [InlineData("203.0.113.99,198.51.100.7", "198.51.100.7")]
    [InlineData("198.51.100.7:50432", "198.51.100.7")]                    // App Service's front end writes the port
    [InlineData("[2001:db8:1:2::7]:443", "2001:db8:1:2::7")]
    [InlineData("203.0.113.99, 2001:db8:1:2::7", "2001:db8:1:2::7")]
    [InlineData("198.51.100.7, unknown", null)]                           // the rightmost is no address: nothing to its left is taken instead
    [InlineData("198.51.100.7, ", null)]
    [InlineData("", null)]
    public void Of_WithTheHeaderNamed_IsItsRightmostValue(string header, string? expected)
    {
        var http = Request("127.0.0.1", header);

        Assert.Equal(expected is null ? null : IPAddress.Parse(expected), ClientAddress.Of(http, ClientAddress.ForwardedFor));
    }

    [Fact]
    public void Of_WithTheHeaderSentTwice_IsTheLastLinesRightmostValue_AndWithoutTheHeaderNone()
    {
        Assert.Equal(IPAddress.Parse("198.51.100.8"), ClientAddress.Of(Request("127.0.0.1", "203.0.113.99", "203.0.113.98, 198.51.100.8"), ClientAddress.ForwardedFor));
        Assert.Null(ClientAddress.Of(Request("127.0.0.1"), ClientAddress.ForwardedFor));
    }

    [Fact]
    public void PartitionBytes_AnIPv6ClientIsItsSlash64_AnIPv4MappedAddressIsTheIPv4Address()
    {
        static byte[] Of(string address) => ClientAddress.PartitionBytes(IPAddress.Parse(address));

        Assert.Equal(Of("2001:db8:1:2::1"), Of("2001:db8:1:2:ffff:eeee:dddd:9"));
        Assert.NotEqual(Of("2001:db8:1:2::1"), Of("2001:db8:1:3::1"));
        Assert.Equal(8, Of("2001:db8:1:2::1").Length);
        Assert.Equal(Of("198.51.100.7"), Of("::ffff:198.51.100.7"));
        Assert.NotEqual(Of("198.51.100.7"), Of("198.51.100.8"));
    }

    [Fact]
    public void WorkerHost_CountsClientsByTheXForwardedForTheFunctionsHostSets_UnlessAnotherHeaderIsConfigured()
    {
        static RateLimitOptions Options(string? header)
        {
            var services = new ServiceCollection();
            services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["RateLimits:ClientAddressHeader"] = header }).Build());
            WorkerHost.Configure(services);
            using var provider = services.BuildServiceProvider();
            return provider.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        }

        Assert.Equal("X-Forwarded-For", Options(null).ClientAddressHeader);
        Assert.Equal("X-Forwarded-For", Options(string.Empty).ClientAddressHeader);
        Assert.Equal("X-Azure-SocketIP", Options("X-Azure-SocketIP").ClientAddressHeader);
    }

    [Fact]
    public void Policies_EveryHttpFunctionHasOne_SaidOnce()
    {
        var httpFunctions = FunctionCatalog.All.Where(f => f.Trigger is HttpFunctionTrigger).Select(f => f.Name).Order(StringComparer.Ordinal);

        Assert.Equal(httpFunctions, RateLimitPolicies.ByFunction.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(RateLimitPolicy.None, RateLimitPolicies.For("Messages", "POST"));
        Assert.Equal(RateLimitPolicy.Submissions, RateLimitPolicies.For("Pages", "POST"));
        Assert.Equal(RateLimitPolicy.Pages, RateLimitPolicies.For("Pages", "GET"));
        Assert.Equal(RateLimitPolicy.Pages, RateLimitPolicies.For(null, "GET"));
    }
}
