namespace PaperCatalog.Importing;

/// <summary>A dump file to import: a path on disk, or bytes uploaded through the browser.</summary>
public sealed class DumpInput
{
    private DumpInput(string name, string? path, ReadOnlyMemory<byte> bytes)
    {
        Name = name;
        Path = path;
        Bytes = bytes;
    }

    /// <summary>The file name shown in summaries and stored with sources.</summary>
    public string Name { get; }

    /// <summary>The path to read from, or <c>null</c> for uploaded bytes.</summary>
    public string? Path { get; }

    public ReadOnlyMemory<byte> Bytes { get; }

    public static DumpInput FromFile(string path) => new(System.IO.Path.GetFileName(path), System.IO.Path.GetFullPath(path), ReadOnlyMemory<byte>.Empty);

    public static DumpInput FromBytes(string name, ReadOnlyMemory<byte> bytes) => new(System.IO.Path.GetFileName(name), null, bytes);

    /// <summary>
    /// The files named by <paramref name="paths"/>: each file as given, and each folder's
    /// visible files in name order.
    /// </summary>
    /// <exception cref="FileNotFoundException">A path names neither a file nor a folder.</exception>
    public static IReadOnlyList<DumpInput> FromPaths(IEnumerable<string> paths)
    {
        var inputs = new List<DumpInput>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                inputs.Add(FromFile(path));
            }
            else if (Directory.Exists(path))
            {
                inputs.AddRange(Directory.EnumerateFiles(path)
                    .Where(static f => !System.IO.Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal)
                    .Select(FromFile));
            }
            else
            {
                throw new FileNotFoundException($"No file or folder at '{path}'.", path);
            }
        }

        return inputs;
    }
}
