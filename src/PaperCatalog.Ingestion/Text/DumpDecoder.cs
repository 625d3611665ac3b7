using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PaperCatalog.Ingestion.Text;

/// <summary>
/// Checks that a dump file's bytes are UTF-8 text, refusing what is not.
/// </summary>
internal static class DumpDecoder
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];

    // Control characters that text does not hold; line ends, tabs and form feeds do occur in dumps. In UTF-8 the C0
    // ones and DEL are single bytes; the C1 ones (U+0080-U+009F) are 0xC2 followed by 0x80-0x9F.
    private static readonly SearchValues<byte> SingleByteControls = SearchValues.Create(
        Enumerable.Range(0, 0x80).Select(static b => (byte)b).Where(static b => char.IsControl((char)b) && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f')).ToArray());

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Checks <paramref name="bytes"/> and gives its text without a UTF-8 byte order mark.</summary>
    /// <exception cref="DumpFileException">The file is empty, binary, UTF-16 or not valid UTF-8.</exception>
    public static DumpText Decode(string fileName, ReadOnlyMemory<byte> bytes)
    {
        if (bytes.Span.StartsWith(Utf8Bom))
        {
            bytes = bytes[3..];
        }

        var span = bytes.Span;
        if (span.StartsWith(Utf16LittleEndianBom) || span.StartsWith(Utf16BigEndianBom))
        {
            throw new DumpFileException(fileName, "the file is UTF-16 text; save it as UTF-8 and import it again");
        }

        var nul = span.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new DumpFileException(fileName, $"the file is binary, not text (a NUL byte at offset {nul})", LineAt(span, nul));
        }

        if (!Utf8.IsValid(span))
        {
            throw NotUtf8(fileName, span);
        }

        if (IsBlank(span))
        {
            throw new DumpFileException(fileName, "the file is empty");
        }

        if (ControlCharacterShare(span) > 0.01)
        {
            throw new DumpFileException(fileName, "the file is binary, not text (too many control characters)");
        }

        return new DumpText(bytes);
    }

    private static DumpFileException NotUtf8(string fileName, ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        try
        {
            StrictUtf8.GetCharCount(bytes);
        }
        catch (DecoderFallbackException invalid)
        {
            offset = invalid.Index >= 0 && invalid.Index < bytes.Length ? invalid.Index : FirstInvalidOffset(bytes);
        }

        return new DumpFileException(fileName, $"the file is not valid UTF-8 (byte 0x{bytes[offset]:X2} at offset {offset}); save it as UTF-8 and import it again", LineAt(bytes, offset));
    }

    // Some decoders report no index; the transcoder says how far the valid prefix goes.
    private static int FirstInvalidOffset(ReadOnlySpan<byte> bytes)
    {
        var status = Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == OperationStatus.Done ? 0 : read;
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;

    // Only the leading spaces are decoded: the first character that is not one decides.
    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            Rune.DecodeFromUtf8(bytes, out var character, out var length);
            if (!Rune.IsWhiteSpace(character))
            {
                return false;
            }

            bytes = bytes[length..];
        }

        return true;
    }

    // The share of the text's UTF-16 characters, as char.IsControl counts them.
    private static double ControlCharacterShare(ReadOnlySpan<byte> bytes)
    {
        var control = 0;
        var rest = bytes;
        int next;
        while ((next = rest.IndexOfAny(SingleByteControls)) >= 0)
        {
            control++;
            rest = rest[(next + 1)..];
        }

        rest = bytes;
        int lead;
        while ((lead = rest.IndexOf((byte)0xC2)) >= 0 && lead + 1 < rest.Length)
        {
            control += rest[lead + 1] is >= 0x80 and <= 0x9F ? 1 : 0;
            rest = rest[(lead + 1)..];
        }

        return (double)control / Encoding.UTF8.GetCharCount(bytes);
    }
}
