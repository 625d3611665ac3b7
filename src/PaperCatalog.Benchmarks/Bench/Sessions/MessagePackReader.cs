using System.Buffers.Binary;
using System.Text;

namespace PaperCatalog.Benchmarks.Bench.Sessions;

/// <summary>
/// Reads any MessagePack value into plain objects: <c>null</c>, <see cref="bool"/>, <see cref="long"/>,
/// <see cref="double"/>, <see cref="string"/>, <see cref="byte"/>[] (bin and ext), <c>object?[]</c> and maps as
/// <see cref="Dictionary{TKey, TValue}"/>. Enough to route the hub messages a Blazor server sends.
/// </summary>
internal ref struct MessagePackReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _at;

    public object? Read()
    {
        var code = _data[_at++];
        return code switch
        {
            <= 0x7f => (long)code,
            >= 0x80 and <= 0x8f => Map(code & 0x0f),
            >= 0x90 and <= 0x9f => Array(code & 0x0f),
            >= 0xa0 and <= 0xbf => Text(code & 0x1f),
            >= 0xe0 => (long)(sbyte)code,
            0xc0 => null,
            0xc2 => false,
            0xc3 => true,
            0xc4 => Bytes(_data[_at++]),
            0xc5 => Bytes(Take(2)),
            0xc6 => Bytes(Take(4)),
            0xca => (double)BinaryPrimitives.ReadSingleBigEndian(Slice(4)),
            0xcb => BinaryPrimitives.ReadDoubleBigEndian(Slice(8)),
            0xcc => (long)_data[_at++],
            0xcd => (long)Take(2),
            0xce => (long)Take(4),
            0xcf => (long)BinaryPrimitives.ReadUInt64BigEndian(Slice(8)),
            0xd0 => (long)(sbyte)_data[_at++],
            0xd1 => (long)BinaryPrimitives.ReadInt16BigEndian(Slice(2)),
            0xd2 => (long)BinaryPrimitives.ReadInt32BigEndian(Slice(4)),
            0xd3 => BinaryPrimitives.ReadInt64BigEndian(Slice(8)),
            0xd4 => Extension(1),
            0xd5 => Extension(2),
            0xd6 => Extension(4),
            0xd7 => Extension(8),
            0xd8 => Extension(16),
            0xc7 => Extension(_data[_at++]),
            0xc8 => Extension(Take(2)),
            0xc9 => Extension(Take(4)),
            0xd9 => Text(_data[_at++]),
            0xda => Text(Take(2)),
            0xdb => Text(Take(4)),
            0xdc => Array(Take(2)),
            0xdd => Array(Take(4)),
            0xde => Map(Take(2)),
            0xdf => Map(Take(4)),
            _ => throw new FormatException($"MessagePack type byte 0x{code:x2} is not defined."),
        };
    }

    private ReadOnlySpan<byte> Slice(int length)
    {
        var slice = _data.Slice(_at, length);
        _at += length;
        return slice;
    }

    private int Take(int length) =>
        length == 2 ? BinaryPrimitives.ReadUInt16BigEndian(Slice(2)) : checked((int)BinaryPrimitives.ReadUInt32BigEndian(Slice(4)));

    private byte[] Bytes(int length) => Slice(length).ToArray();

    private byte[] Extension(int length)
    {
        _at++; // the extension's type byte
        return Bytes(length);
    }

    private string Text(int length) => Encoding.UTF8.GetString(Slice(length));

    private object?[] Array(int count)
    {
        var items = new object?[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = Read();
        }

        return items;
    }

    private Dictionary<object, object?> Map(int count)
    {
        var map = new Dictionary<object, object?>(count);
        for (var i = 0; i < count; i++)
        {
            var key = Read() ?? "";
            map[key] = Read();
        }

        return map;
    }
}
