using PaperCatalog.Ingestion;

namespace PaperCatalog.Importing;

/// <summary>
/// Every file of a run read and parsed, before anything touches the database.
/// </summary>
/// <remarks>Reading all files first is what lets a refused file stop the run before it writes anything.</remarks>
internal sealed record DumpBatch(IReadOnlyList<ParsedDump> Dumps, IReadOnlyList<FileSummary> Files, IReadOnlyList<DumpFileException> Refusals)
{
    public int RecordCount => Dumps.Sum(static d => d.Records.Count);

    public int RejectionCount => Dumps.Sum(static d => d.Rejections.Count);

    /// <summary>Why the run cannot go on, naming each refused file.</summary>
    public string? Error => Refusals.Count switch
    {
        0 => null,
        1 => Refusals[0].Message,
        _ => $"{Refusals.Count} files were refused: " + string.Join("; ", Refusals.Select(static r => r.Message)),
    };

    public static async Task<DumpBatch> ReadAsync(
        IReadOnlyList<DumpInput> inputs, DumpReader reader, IProgress<ImportProgress>? progress, CancellationToken cancellation)
    {
        var dumps = new List<ParsedDump>();
        var files = new List<FileSummary>();
        var refusals = new List<DumpFileException>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            progress?.Report(new ImportProgress(ImportStage.Reading, i, inputs.Count, input.Name));
            try
            {
                var dump = input.Path is { } path
                    ? await reader.ReadFileAsync(path, cancellation)
                    : await reader.ReadAsync(input.Name, input.Bytes, cancellation);
                dumps.Add(dump);
                files.Add(new FileSummary(dump.FileName, dump.Checksum, dump.SizeBytes, dump.FormatName, dump.Records.Count, dump.Rejections.Count, null, null));
            }
            catch (DumpFileException refused)
            {
                refusals.Add(refused);
                files.Add(new FileSummary(input.Name, null, SizeOf(input), null, 0, 0, refused.Reason, null));
            }
            catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
            {
                var refused = new DumpFileException(input.Name, $"the file cannot be read: {unreadable.Message}");
                refusals.Add(refused);
                files.Add(new FileSummary(input.Name, null, SizeOf(input), null, 0, 0, refused.Reason, null));
            }
        }

        progress?.Report(new ImportProgress(ImportStage.Reading, inputs.Count, inputs.Count));
        return new DumpBatch(dumps, files, refusals);
    }

    private static long SizeOf(DumpInput input) =>
        input.Path is { } path && File.Exists(path) ? new FileInfo(path).Length : input.Bytes.Length;
}
