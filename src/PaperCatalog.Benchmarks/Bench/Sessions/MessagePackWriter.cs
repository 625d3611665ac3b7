using System.Buffers.Binary;
using System.Text;

namespace PaperCatalog.Benchmarks.Bench.Sessions;

/// <summary>
/// Writes the few MessagePack values a SignalR hub message needs: arrays, an empty map, nil,
/// booleans, integers and strings. Big-endian, shortest form, as the format asks.
/// </summary>
/// <remarks>Hand-written so the bench needs no MessagePack package (its current build pulls unpinnable transitive versions).</remarks>
internal sealed class MessagePackWriter
{
    private readonly List<byte> _bytes = [];

    public byte[] ToArray() => [.. _bytes];

    public MessagePackWriter Array(int count)
    {
        if (count < 16)
        {
            _bytes.Add((byte)(0x90 | count));
        }
        else
        {
            _bytes.Add(0xdc);
            Big16((ushort)count);
        }

        return this;
    }

    public MessagePackWriter EmptyMap()
    {
        _bytes.Add(0x80);
        return this;
    }

    public MessagePackWriter Nil()
    {
        _bytes.Add(0xc0);
        return this;
    }

    public MessagePackWriter Bool(bool value)
    {
        _bytes.Add(value ? (byte)0xc3 : (byte)0xc2);
        return this;
    }

    public MessagePackWriter Integer(long value)
    {
        if (value is >= 0 and < 128)
        {
            _bytes.Add((byte)value);
        }
        else
        {
            _bytes.Add(0xd3);
            Span<byte> big = stackalloc byte[8];
            BinaryPrimitives.WriteInt64BigEndian(big, value);
            _bytes.AddRange(big);
        }

        return this;
    }

    public MessagePackWriter String(string? value)
    {
        if (value is null)
        {
            return Nil();
        }

        var utf8 = Encoding.UTF8.GetBytes(value);
        if (utf8.Length < 32)
        {
            _bytes.Add((byte)(0xa0 | utf8.Length));
        }
        else
        {
            _bytes.Add(0xdb);
            Span<byte> big = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(big, utf8.Length);
            _bytes.AddRange(big);
        }

        _bytes.AddRange(utf8);
        return this;
    }

    private void Big16(ushort value)
    {
        _bytes.Add((byte)(value >> 8));
        _bytes.Add((byte)value);
    }
}
