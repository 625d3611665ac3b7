using System.Buffers;
using System.Text;

namespace PaperCatalog.Ingestion.Text;

/// <summary>
/// Turns a dump file's bytes into text, refusing what is not UTF-8 text.
/// </summary>
internal static class DumpDecoder
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];

    // Control characters that text does not hold; line ends, tabs and form feeds do occur in dumps.
    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        Enumerable.Range(0, 0x10000).Select(static c => (char)c).Where(static c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')).ToArray());

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>, dropping a UTF-8 byte order mark.</summary>
    /// <exception cref="DumpFileException">The file is empty, binary, UTF-16 or not valid UTF-8.</exception>
    public static string Decode(string fileName, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[3..];
        }

        if (bytes.StartsWith(Utf16LittleEndianBom) || bytes.StartsWith(Utf16BigEndianBom))
        {
            throw new DumpFileException(fileName, "the file is UTF-16 text; save it as UTF-8 and import it again");
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new DumpFileException(fileName, $"the file is binary, not text (a NUL byte at offset {nul})", LineAt(bytes, nul));
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException invalid)
        {
            var offset = FirstInvalidOffset(bytes, invalid);
            throw new DumpFileException(fileName, $"the file is not valid UTF-8 (byte 0x{bytes[offset]:X2} at offset {offset}); save it as UTF-8 and import it again", LineAt(bytes, offset));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DumpFileException(fileName, "the file is empty");
        }

        if (ControlCharacterShare(text) > 0.01)
        {
            throw new DumpFileException(fileName, "the file is binary, not text (too many control characters)");
        }

        return text;
    }

    private static int FirstInvalidOffset(ReadOnlySpan<byte> bytes, DecoderFallbackException invalid)
    {
        if (invalid.Index >= 0 && invalid.Index < bytes.Length)
        {
            return invalid.Index;
        }

        // Some decoders report no index; find the offset by decoding ever larger prefixes' status.
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == OperationStatus.Done ? 0 : read;
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;

    private static double ControlCharacterShare(string text)
    {
        var control = 0;
        var rest = text.AsSpan();
        int next;
        while ((next = rest.IndexOfAny(ControlCharacters)) >= 0)
        {
            control++;
            rest = rest[(next + 1)..];
        }

        return (double)control / text.Length;
    }
}
