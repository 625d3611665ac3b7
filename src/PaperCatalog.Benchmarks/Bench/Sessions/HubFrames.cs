namespace PaperCatalog.Benchmarks.Bench.Sessions;

/// <summary>
/// SignalR's binary framing: each MessagePack message is prefixed with its length as a
/// variable-length integer (7 bits a byte, low bits first).
/// </summary>
internal static class HubFrames
{
    public static byte[] Frame(byte[] message)
    {
        var framed = new List<byte>(message.Length + 5);
        for (var length = (uint)message.Length; ; length >>= 7)
        {
            framed.Add((byte)(length < 0x80 ? length : (length & 0x7f) | 0x80));
            if (length < 0x80)
            {
                break;
            }
        }

        framed.AddRange(message);
        return [.. framed];
    }

    /// <summary>Every message in a WebSocket message, each as the array of its fields.</summary>
    public static List<object?[]> Messages(ReadOnlySpan<byte> data)
    {
        var messages = new List<object?[]>();
        while (!data.IsEmpty)
        {
            var length = 0;
            var shift = 0;
            var at = 0;
            byte next;
            do
            {
                next = data[at++];
                length |= (next & 0x7f) << shift;
                shift += 7;
            }
            while ((next & 0x80) != 0);

            var reader = new MessagePackReader(data.Slice(at, length));
            messages.Add(reader.Read() as object?[] ?? throw new FormatException("A hub message is not a MessagePack array."));
            data = data[(at + length)..];
        }

        return messages;
    }
}
