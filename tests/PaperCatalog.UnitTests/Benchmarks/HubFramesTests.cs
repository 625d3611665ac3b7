using PaperCatalog.Benchmarks.Bench.Sessions;

namespace PaperCatalog.UnitTests.Benchmarks;

/// <summary>The session bench's SignalR framing and MessagePack: what it writes, it reads back.</summary>
public sealed class HubFramesTests
{
    [Fact]
    public void An_invocation_reads_back_field_by_field()
    {
        var longText = new string('x', 300);
        var message = new MessagePackWriter().Array(5).Integer(1).EmptyMap().Nil().String("OnRenderCompleted")
            .Array(4).Integer(200_000).Bool(true).String(longText).Integer(-3).ToArray();

        var fields = Assert.Single(HubFrames.Messages(HubFrames.Frame(message)));

        Assert.Equal(1L, fields[0]);
        Assert.Empty(Assert.IsType<Dictionary<object, object?>>(fields[1]));
        Assert.Null(fields[2]);
        Assert.Equal("OnRenderCompleted", fields[3]);
        Assert.Equal(new object?[] { 200_000L, true, longText, -3L }, Assert.IsType<object?[]>(fields[4]));
    }

    [Fact]
    public void Several_frames_in_one_websocket_message_are_each_read_and_a_long_one_has_a_multi_byte_length()
    {
        var ping = HubFrames.Frame(new MessagePackWriter().Array(1).Integer(6).ToArray());
        var big = HubFrames.Frame(new MessagePackWriter().Array(1).String(new string('y', 200)).ToArray());

        var messages = HubFrames.Messages([.. ping, .. big, .. ping]);

        Assert.Equal(3, messages.Count);
        Assert.Equal(6L, messages[2][0]);
        Assert.Equal(200, Assert.IsType<string>(messages[1][0]).Length);
        Assert.True(big[0] >= 0x80, "A 200-byte message needs two length bytes.");
    }

    [Fact]
    public void The_server_s_binary_and_wide_integer_encodings_read_as_bytes_and_longs()
    {
        // bin 8 of 3 bytes, uint 16, int 32, fixmap of one entry.
        byte[] encoded = [0x94, 0xc4, 3, 1, 2, 3, 0xcd, 0x01, 0x00, 0xd2, 0xff, 0xff, 0xff, 0xfe, 0x81, 0xa1, (byte)'k', 0xc3];

        var fields = Assert.IsType<object?[]>(new MessagePackReader(encoded).Read());

        Assert.Equal(new byte[] { 1, 2, 3 }, fields[0]);
        Assert.Equal(256L, fields[1]);
        Assert.Equal(-2L, fields[2]);
        Assert.True(Assert.IsType<Dictionary<object, object?>>(fields[3])["k"] is true);
    }
}
