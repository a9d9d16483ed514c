namespace Intake.Functions.Errors;

/// <summary>
/// The request body as the app reads it. A body the server cannot read is the sender's fault: Kestrel says so with a
/// <see cref="BadHttpRequestException"/> for most broken bodies, but a chunk size too large for a number comes out as
/// a plain <see cref="IOException"/> (its OverflowException inside). Read through this stream, every such failure is a
/// <see cref="BadHttpRequestException"/> with 400, which <see cref="ErrorHandling"/> answers as a problem.
/// </summary>
internal static class RequestBodyErrors
{
    /// <summary>Wraps the request's body; both hosts call it before any function runs.</summary>
    public static void Apply(HttpContext context) => context.Request.Body = new SenderFaultStream(context.Request.Body);

    private sealed class SenderFaultStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            try
            {
                return inner.Read(buffer, offset, count);
            }
            catch (IOException ex) when (ex is not BadHttpRequestException)
            {
                throw Unreadable(ex);
            }
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            try
            {
                return await inner.ReadAsync(buffer, cancellationToken);
            }
            catch (IOException ex) when (ex is not BadHttpRequestException)
            {
                throw Unreadable(ex);
            }
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private static BadHttpRequestException Unreadable(IOException ex) =>
            new("The request body could not be read.", StatusCodes.Status400BadRequest, ex);
    }
}
