using System.Buffers;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.AspNetCore.Components;

namespace PaperCatalog.Web.Components.Shared;

/// <summary>
/// Persists what a prerendered page hands over (<c>[PersistentState]</c>) as Brotli-compressed JSON, and not at all
/// when it is still too large or cannot be read back, so that the page then simply reads its data again once
/// interactive.
/// </summary>
/// <remarks>
/// The state travels to the server in the message that starts the session, and SignalR refuses messages over 32 KB
/// (<c>MaximumReceiveMessageSize</c>) by closing the connection: the page would never become interactive. Plain JSON
/// of twenty results with their highlights took 68 KB at 2,500,000 papers. The framework encrypts the bytes and
/// encodes them in base64 twice on the way (about 1.8 times larger), hence the limit on the compressed size.
/// </remarks>
public sealed class CompactStateSerializer<T> : PersistentComponentStateSerializer<Handover<T>?>
    where T : class
{
    /// <summary>The most compressed bytes persisted; a larger state is dropped.</summary>
    public const int MaxBytes = 12 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public override void Persist(Handover<T>? value, IBufferWriter<byte> writer)
    {
        using var compressed = new MemoryStream();
        using (var brotli = new BrotliStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(brotli, value?.Value, Json);
        }

        if (compressed.Length <= MaxBytes)
        {
            writer.Write(compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        }
    }

    public override Handover<T>? Restore(ReadOnlySequence<byte> data)
    {
        if (data.IsEmpty)
        {
            return null;
        }

        try
        {
            using var brotli = new BrotliStream(new MemoryStream(data.ToArray()), CompressionMode.Decompress);
            return new Handover<T>(JsonSerializer.Deserialize<T>(brotli, Json));
        }
        catch (Exception unreadable) when (unreadable is JsonException or InvalidDataException or InvalidOperationException or NotSupportedException)
        {
            // Written by another build of the app (a deploy between the prerender and the session): read again.
            return null;
        }
    }
}
