using Microsoft.AspNetCore.Http;

namespace Icc.Application.Http;

/// <summary>Reads request bodies without ever holding more than the limit in memory.</summary>
public static class RequestBody
{
    /// <summary>
    /// Reads at most <paramref name="limit"/> + 1 bytes: null when the body is over the limit (the declared
    /// Content-Length alone can say so), the bytes otherwise. A client that lies about or omits the length
    /// still cannot make us read more than one byte past the limit.
    /// </summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        var buffer = new byte[Math.Min(limit + 1, (int?)request.ContentLength + 1 ?? 64 * 1024)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > limit)
                {
                    return null;
                }

                Array.Resize(ref buffer, (int)Math.Min((long)limit + 1, buffer.Length * 2L));
            }

            var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        return length > limit ? null : buffer[..length];
    }
}
