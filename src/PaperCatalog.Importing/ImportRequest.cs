namespace PaperCatalog.Importing;

/// <summary>What to import and how.</summary>
/// <param name="Files">The dump files, in the order their records are merged.</param>
/// <param name="RequestedBy">Who asked: a user name, "cli" or "first-start".</param>
/// <param name="DryRun">Work out every change, then roll it all back.</param>
/// <param name="ReferenceDate">The capture date for dates without a year, overriding the inferred one.</param>
public sealed record ImportRequest(
    IReadOnlyList<DumpInput> Files,
    string RequestedBy,
    bool DryRun = false,
    DateOnly? ReferenceDate = null);
