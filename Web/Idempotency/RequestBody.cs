namespace Frontdesk.Web.Idempotency;

/// <summary>Reads a mutating call's body into memory (it is fingerprinted, then bound), refusing one over the limit.</summary>
internal static class RequestBody
{
    /// <summary>The largest body any call takes: a booking or a schedule change is a few hundred bytes.</summary>
    public const int MaxBytes = 64 * 1024;

    public static async Task<byte[]> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes) throw TooLarge();
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            // Stops reading as soon as the limit is passed, whatever the body claimed its length to be.
            if (buffer.Length + read > MaxBytes) throw TooLarge();
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static BadHttpRequestException TooLarge() =>
        new($"The request body is larger than {MaxBytes / 1024} KiB, more than any call of this API takes.", StatusCodes.Status413PayloadTooLarge);
}
