using Npgsql;
using PaperCatalog.Ingestion;

namespace PaperCatalog.Importing.Bulk;

/// <summary>
/// Reads dump files and copies their records into the staging table on several connections at
/// once, so that parsing one file overlaps PostgreSQL's work on another.
/// </summary>
internal sealed class BulkLoader(string connectionString, DumpReader reader, StagingTable staging)
{
    public async Task<IReadOnlyList<LoadedFile>> LoadAsync(
        IReadOnlyList<DumpInput> inputs, int streams, IProgress<ImportProgress>? progress, CancellationToken cancellation)
    {
        var loaded = new LoadedFile[inputs.Count];
        var next = -1;
        var done = 0;
        progress?.Report(new ImportProgress(ImportStage.Reading, 0, inputs.Count));

        async Task LoadFilesAsync()
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellation);
            int index;
            while ((index = Interlocked.Increment(ref next)) < inputs.Count)
            {
                progress?.Report(new ImportProgress(ImportStage.Reading, Volatile.Read(ref done), inputs.Count, inputs[index].Name));
                loaded[index] = await LoadFileAsync(connection, inputs[index], index, cancellation);
                Interlocked.Increment(ref done);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Clamp(streams, 1, Math.Max(1, inputs.Count))).Select(_ => Task.Run(LoadFilesAsync, cancellation)));
        return loaded;
    }

    private async Task<LoadedFile> LoadFileAsync(NpgsqlConnection connection, DumpInput input, int fileOrder, CancellationToken cancellation)
    {
        try
        {
            var dump = input.Path is { } path
                ? await reader.ReadFileAsync(path, cancellation)
                : await reader.ReadAsync(input.Name, input.Bytes, cancellation);
            await staging.LoadAsync(connection, dump, fileOrder, cancellation);
            var file = new FileSummary(dump.FileName, dump.Checksum, dump.SizeBytes, dump.FormatName, dump.Records.Count, dump.Rejections.Count, null, null);
            return new LoadedFile(file, dump.Rejections.Select(r => new RejectionSummary(dump.FileName, r.LineNumber, r.Reason, r.Excerpt)).ToList(), null);
        }
        catch (DumpFileException refused)
        {
            return Refused(input, refused);
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
        {
            return Refused(input, new DumpFileException(input.Name, $"the file cannot be read: {unreadable.Message}"));
        }
    }

    private static LoadedFile Refused(DumpInput input, DumpFileException refused)
    {
        var size = input.Path is { } path && File.Exists(path) ? new FileInfo(path).Length : input.Bytes.Length;
        return new LoadedFile(new FileSummary(input.Name, null, size, null, 0, 0, refused.Reason, null), [], refused);
    }
}

/// <summary>A file as the load left it: its summary and rejected records, or why it was refused.</summary>
internal sealed record LoadedFile(FileSummary Summary, IReadOnlyList<RejectionSummary> Rejections, DumpFileException? Refusal);
