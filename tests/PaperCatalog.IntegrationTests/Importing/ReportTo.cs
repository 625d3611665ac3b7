using PaperCatalog.Importing;

namespace PaperCatalog.IntegrationTests.Importing;

/// <summary>Hands each progress report to an action at once, on the importer's thread (unlike <see cref="Progress{T}"/>).</summary>
internal sealed class ReportTo(Action<ImportProgress> report) : IProgress<ImportProgress>
{
    public void Report(ImportProgress value) => report(value);
}
