using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using PaperCatalog.Importing;

namespace PaperCatalog.Web.Features.Admin.Imports;

/// <summary>
/// Imports waiting for the worker, one at a time, and the recent ones with their progress and
/// results, so that the admin page can follow a job and find it again after a reload.
/// </summary>
public sealed class ImportQueue(TimeProvider clock, IOptions<ImportOptions> options)
{
    private const int KeptJobs = 50;
    private readonly Channel<ImportJob> _waiting = Channel.CreateUnbounded<ImportJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, ImportJob> _jobs = new();

    /// <summary>Raised whenever a job changes: queued, started, progressed, finished.</summary>
    public event Action<ImportJob>? Changed;

    internal ChannelReader<ImportJob> Waiting => _waiting.Reader;

    /// <summary>Queues a dry run of <paramref name="files"/>; the real run follows only on <see cref="Confirm"/>.</summary>
    public ImportJob EnqueueDryRun(IReadOnlyList<DumpInput> files, DateOnly? referenceDate, string requestedBy) =>
        Enqueue(new ImportJob
        {
            Id = Guid.NewGuid(),
            Kind = ImportJobKind.DryRun,
            Files = files,
            FileNames = files.Select(static f => f.Name).ToList(),
            ReferenceDate = referenceDate,
            Bulk = files.Sum(SizeOf) >= options.Value.BulkFromBytes,
            RequestedBy = requestedBy,
            QueuedAt = clock.GetUtcNow(),
        });

    /// <summary>Queues the real run of a finished dry run, with the same files and reference date.</summary>
    /// <returns>The new job, or <c>null</c> when the dry run cannot be confirmed (unknown, unfinished, failed or already decided).</returns>
    public ImportJob? Confirm(Guid dryRunId, string requestedBy)
    {
        if (Find(dryRunId) is not { Kind: ImportJobKind.DryRun, State: ImportJobState.Succeeded } dryRun)
        {
            return null;
        }

        var run = new ImportJob
        {
            Id = Guid.NewGuid(),
            Kind = ImportJobKind.Import,
            Files = dryRun.Files,
            FileNames = dryRun.FileNames,
            ReferenceDate = dryRun.ReferenceDate,
            Bulk = dryRun.Bulk,
            RequestedBy = requestedBy,
            QueuedAt = clock.GetUtcNow(),
            Related = dryRun.Id,
        };
        dryRun.State = ImportJobState.Confirmed;
        dryRun.Related = run.Id;
        dryRun.Files = [];
        Notify(dryRun);
        return Enqueue(run);
    }

    /// <summary>Drops a finished dry run and its files.</summary>
    public bool Cancel(Guid dryRunId)
    {
        if (Find(dryRunId) is not { Kind: ImportJobKind.DryRun, State: ImportJobState.Succeeded } dryRun)
        {
            return false;
        }

        dryRun.State = ImportJobState.Cancelled;
        dryRun.Files = [];
        Notify(dryRun);
        return true;
    }

    public ImportJob? Find(Guid id) => _jobs.GetValueOrDefault(id);

    // A file that vanished before the job is queued counts as empty; reading it then fails the dry run with its name.
    private static long SizeOf(DumpInput file) =>
        file.Path is { } path ? (File.Exists(path) ? new FileInfo(path).Length : 0) : file.Bytes.Length;

    /// <summary>How many jobs will run before <paramref name="job"/>.</summary>
    public int Ahead(ImportJob job) => _jobs.Values.Count(j => j.State is ImportJobState.Running || (j.State is ImportJobState.Queued && j.QueuedAt < job.QueuedAt));

    internal void Notify(ImportJob job) => Changed?.Invoke(job);

    private ImportJob Enqueue(ImportJob job)
    {
        _jobs[job.Id] = job;
        foreach (var old in _jobs.Values.Where(static j => j.IsFinished).OrderByDescending(static j => j.QueuedAt).Skip(KeptJobs))
        {
            _jobs.TryRemove(old.Id, out _);
        }

        _waiting.Writer.TryWrite(job);
        Notify(job);
        return job;
    }
}
