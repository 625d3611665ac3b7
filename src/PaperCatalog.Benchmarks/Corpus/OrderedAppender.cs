namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>
/// Appends chunks' TSV rows to one file in chunk order, whatever order the chunks finish in.
/// </summary>
/// <remarks>
/// A chunk that finishes early waits in memory until the chunks before it are written. At most
/// <c>window</c> chunks are started but not yet written, so memory stays bounded even if one chunk is slow.
/// </remarks>
internal sealed class OrderedAppender(Stream target, int window) : IDisposable
{
    private readonly SortedDictionary<int, ChunkResult> _waiting = [];
    private readonly SemaphoreSlim _slots = new(window);
    private readonly Lock _gate = new();
    private int _next;

    /// <summary>Waits for room to start another chunk.</summary>
    public Task EnterAsync(CancellationToken cancellation) => _slots.WaitAsync(cancellation);

    /// <summary>Appends the chunk's rows when every earlier chunk's rows are written.</summary>
    public void Append(ChunkResult chunk)
    {
        lock (_gate)
        {
            _waiting.Add(chunk.Chunk, chunk);
            while (_waiting.Remove(_next, out var ready))
            {
                target.Write(ready.Tsv.GetBuffer(), 0, (int)ready.Tsv.Length);
                ready.Tsv.Dispose();
                _next++;
                _slots.Release();
            }
        }
    }

    public void Dispose() => _slots.Dispose();
}
