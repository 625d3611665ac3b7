using PaperCatalog.Domain.Papers;

namespace PaperCatalog.Importing;

/// <summary>
/// Matches records to papers and merges them, keeping count of what is added, updated and unchanged.
/// </summary>
/// <remarks>
/// A titled record matches a paper with the same normalized title, or else an untitled paper
/// with the same abstract (which then gets the title). An untitled record matches any paper with
/// the same abstract, a titled one first.
/// </remarks>
internal sealed class RecordMerger(DateTimeOffset now)
{
    private readonly Dictionary<Guid, Paper> _byTitle = [];
    private readonly Dictionary<Guid, Paper> _untitledByAbstract = [];
    private readonly Dictionary<Guid, Paper> _byAbstract = [];
    private readonly List<Paper> _added = [];
    private readonly HashSet<Paper> _addedSet = [];
    private readonly Dictionary<Paper, List<FieldChange>> _updated = [];
    private readonly HashSet<Paper> _matched = [];

    public IReadOnlyList<Paper> Added => _added;

    public IReadOnlyDictionary<Paper, List<FieldChange>> Updated => _updated;

    public int Unchanged => _matched.Count(p => !_updated.ContainsKey(p));

    /// <summary>Makes an existing paper matchable.</summary>
    public void Track(Paper paper)
    {
        if (paper.TitleKey is { } titleKey)
        {
            _byTitle.TryAdd(titleKey, paper);
            _byAbstract[paper.AbstractKey] = paper;
        }
        else
        {
            _untitledByAbstract.TryAdd(paper.AbstractKey, paper);
            _byAbstract.TryAdd(paper.AbstractKey, paper);
        }
    }

    /// <summary>Merges <paramref name="record"/> into its paper, creating the paper when none matches.</summary>
    /// <returns>The paper the record now belongs to.</returns>
    public Paper Merge(PaperRecord record)
    {
        var match = record.TitleKey is { } titleKey
            ? _byTitle.GetValueOrDefault(titleKey) ?? _untitledByAbstract.GetValueOrDefault(record.AbstractKey)
            : _byAbstract.GetValueOrDefault(record.AbstractKey);
        if (match is null)
        {
            var paper = Paper.Create(record, now);
            _added.Add(paper);
            _addedSet.Add(paper);
            Track(paper);
            return paper;
        }

        var wasUntitled = match.TitleKey is null;
        var changes = match.MergeFrom(record, now);
        if (wasUntitled && match.TitleKey is not null)
        {
            _untitledByAbstract.Remove(match.AbstractKey);
        }

        Track(match);
        if (!_addedSet.Contains(match))
        {
            _matched.Add(match);
            if (changes.Count > 0)
            {
                Accumulate(match, changes);
            }
        }

        return match;
    }

    private void Accumulate(Paper paper, IReadOnlyList<FieldChange> changes)
    {
        if (!_updated.TryGetValue(paper, out var all))
        {
            _updated[paper] = all = [];
        }

        foreach (var change in changes)
        {
            var earlier = all.FindIndex(c => c.Field == change.Field);
            if (earlier < 0)
            {
                all.Add(change);
            }
            else
            {
                all[earlier] = all[earlier] with { After = change.After };
            }
        }
    }
}
