namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>Counts words in the order they are first seen, so a vocabulary's order never depends on hashing.</summary>
internal sealed class WordCounts
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];
    private readonly List<int> _counts = [];

    public IReadOnlyList<string> Words => _words;

    public IReadOnlyList<int> Counts => _counts;

    public void Add(string word)
    {
        if (_index.TryGetValue(word, out var i))
        {
            _counts[i]++;
            return;
        }

        _index.Add(word, _words.Count);
        _words.Add(word);
        _counts.Add(1);
    }
}
