namespace PaperCatalog.Ingestion;

/// <summary>
/// A whole dump file was refused: nothing from it may be imported.
/// </summary>
public sealed class DumpFileException : Exception
{
    public DumpFileException(string fileName, string reason, int? lineNumber = null)
        : base(lineNumber is null ? $"{fileName}: {reason}" : $"{fileName}, line {lineNumber}: {reason}")
    {
        FileName = fileName;
        Reason = reason;
        LineNumber = lineNumber;
    }

    public string FileName { get; }

    /// <summary>What is wrong with the file, without the file name.</summary>
    public string Reason { get; }

    /// <summary>The line the problem is on, when it has one.</summary>
    public int? LineNumber { get; }
}
