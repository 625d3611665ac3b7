using System.Text;
using PaperCatalog.Ingestion;

namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>Generates the papers of one chunk and writes them as one dump file and a block of TSV rows.</summary>
internal static class ChunkWriter
{
    /// <summary>Progress is reported, and cancellation checked, every this many papers.</summary>
    public const int ReportEvery = 1000;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Draws the titles of chunk <paramref name="chunk"/>'s papers, as <see cref="Write"/> draws them again,
    /// and keeps their key fingerprints and how often each was drawn again (in the model).
    /// </summary>
    public static void DrawTitleKeys(CorpusModel model, int chunk, ulong[] hashes)
    {
        var random = model.TitleRandom(chunk);
        var titles = model.NewTitleComposer();
        var first = model.FirstPaper(chunk);
        for (var i = 0; i < model.PapersIn(chunk); i++)
        {
            hashes[first + i] = TitleKeys.Hash(titles.Compose(random, PaperPlan.Draw(random), out var redraws));

            // Titles almost never need more than a few draws; a byte keeps this array at one byte a paper.
            if (redraws > byte.MaxValue)
            {
                throw new InvalidOperationException($"Paper {first + i} needed {redraws} title draws; the title vocabulary is almost all tag evidence.");
            }

            model.TitleRedraws[first + i] = (byte)redraws;
        }
    }

    /// <summary>Writes chunk <paramref name="chunk"/>'s dump file, and its TSV rows into <paramref name="rows"/>.</summary>
    public static ChunkResult Write(CorpusModel model, int chunk, MemoryStream rows, Action<int> papersDone, CancellationToken cancellation)
    {
        var first = model.FirstPaper(chunk);
        var count = model.PapersIn(chunk);
        var name = CorpusLayout.DumpFileName(chunk);
        var result = new ChunkResult(chunk, name, first, count, rows);
        var (titleRandom, bodyRandom) = (model.TitleRandom(chunk), model.BodyRandom(chunk));
        var (titles, abstracts) = (model.NewTitleComposer(), model.NewAbstractComposer());
        var paper = new SyntheticPaper();
        var path = Path.Combine(model.Options.OutputFolder, name);
        using (var dump = new StreamWriter(path, Utf8, new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, BufferSize = 1 << 16 }))
        using (var tsv = new StreamWriter(result.Tsv, Utf8, bufferSize: 1 << 16, leaveOpen: true))
        {
            DumpTextWriter.WriteHeader(dump, new DateOnly(PaperFacts.LastYear, 12, 31));
            for (var i = 0; i < count; i++)
            {
                result.Tally.NextPaper();
                var plan = PaperPlan.Draw(titleRandom);
                paper.Title = titles.Redraw(titleRandom, plan, model.TitleRedraws[first + i], result.Tally);
                if (model.Suffixes.TryGetValue(first + i, out var suffix))
                {
                    paper.Title += suffix;
                }

                Fill(model, paper, plan, abstracts, bodyRandom, result);
                DumpTextWriter.Write(dump, paper);
                CopyTextWriter.Write(tsv, paper);
                if ((i + 1) % ReportEvery == 0 || i + 1 == count)
                {
                    cancellation.ThrowIfCancellationRequested();
                    papersDone(i + 1 == count ? ((i % ReportEvery) + 1) : ReportEvery);
                }
            }
        }

        result.DumpBytes = new FileInfo(path).Length;
        if (result.DumpBytes > DumpReadOptions.DefaultMaxFileBytes)
        {
            throw new InvalidOperationException($"{name} is {result.DumpBytes:N0} bytes, over the dump reader's limit of {DumpReadOptions.DefaultMaxFileBytes:N0}; generate fewer papers per file.");
        }

        return result;
    }

    private static void Fill(CorpusModel model, SyntheticPaper paper, PaperPlan plan, AbstractComposer abstracts, CorpusRandom random, ChunkResult result)
    {
        abstracts.Compose(random, plan, paper.Abstract, result.Tally);
        paper.Techniques = plan.Techniques;
        paper.PublishedOn = model.Facts.Date(random);
        paper.Upvotes = PaperFacts.Upvotes(random);
        (paper.AuthorCount, paper.Organization) = model.Facts.Byline(random);
        result.RawTextBytes += Utf8.GetByteCount(paper.Title) + Utf8.GetByteCount(paper.Abstract.Span);
        for (var t = 0; t < result.TagCounts.Length; t++)
        {
            result.TagCounts[t] += (plan.Techniques >> t) & 1;
        }
    }
}
