using System.Net;
using System.Net.Sockets;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>
/// A client of the app from another loopback address (127.0.0.2, 127.0.0.3 …; Linux routes all of 127/8 to the
/// loopback device): to the app, another client at another address, over a real connection.
/// </summary>
public static class LoopbackClient
{
    public static HttpClient From(string sourceAddress, Uri baseAddress)
    {
        var source = IPAddress.Parse(sourceAddress);
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = baseAddress };
    }
}
