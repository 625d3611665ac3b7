namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>
/// Appends chunks' TSV rows to one file in chunk order, whatever order the chunks finish in.
/// </summary>
/// <remarks>
/// A chunk that finishes early waits in memory until the chunks before it are written. At most
/// <c>window</c> chunks are started but not yet written, so memory stays bounded even if one chunk is slow,
/// and their row buffers (tens of megabytes each) are reused rather than left to the large object heap.
/// </remarks>
internal sealed class OrderedAppender(Stream target, int window) : IDisposable
{
    private readonly SortedDictionary<int, ChunkResult> _waiting = [];
    private readonly SemaphoreSlim _slots = new(window);
    private readonly Lock _gate = new();
    private readonly Stack<MemoryStream> _buffers = [];
    private int _next;

    /// <summary>Waits for room to start another chunk, and gives it an empty buffer for its rows.</summary>
    public async Task<MemoryStream> EnterAsync(int capacity, CancellationToken cancellation)
    {
        await _slots.WaitAsync(cancellation);
        lock (_gate)
        {
            return _buffers.TryPop(out var buffer) ? buffer : new MemoryStream(capacity);
        }
    }

    /// <summary>Appends the chunk's rows when every earlier chunk's rows are written.</summary>
    public void Append(ChunkResult chunk)
    {
        lock (_gate)
        {
            _waiting.Add(chunk.Chunk, chunk);
            while (_waiting.Remove(_next, out var ready))
            {
                var buffer = ready.MoveTsvTo(target);
                buffer.SetLength(0);
                _buffers.Push(buffer);
                _next++;
                _slots.Release();
            }
        }
    }

    public void Dispose() => _slots.Dispose();
}
