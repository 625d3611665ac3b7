namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>A reusable, growable run of characters, so composing an abstract allocates nothing.</summary>
internal sealed class CharBuffer(int capacity = 4096)
{
    private char[] _chars = new char[capacity];

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public char this[int index] => _chars[index];

    public void Clear() => Length = 0;

    public void Append(char c)
    {
        Ensure(1);
        _chars[Length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        Ensure(text.Length);
        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
    }

    /// <summary>Drops the last <paramref name="count"/> characters.</summary>
    public void Trim(int count) => Length -= count;

    /// <summary>Upper-cases one character in place (a sentence start).</summary>
    public void Capitalize(int index) => _chars[index] = char.ToUpperInvariant(_chars[index]);

    public override string ToString() => new(Span);

    private void Ensure(int extra)
    {
        if (Length + extra > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + extra));
        }
    }
}
