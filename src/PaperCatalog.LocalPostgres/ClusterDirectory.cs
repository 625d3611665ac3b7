using System.Globalization;
using System.Security.Cryptography;

namespace PaperCatalog.LocalPostgres;

/// <summary>The data folder of a private cluster and the files the catalog keeps in it.</summary>
internal sealed class ClusterDirectory(string path)
{
    private const string PasswordFileName = "papercatalog.password";

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public bool IsInitialized => File.Exists(System.IO.Path.Combine(Path, "PG_VERSION"));

    public string LogFile => System.IO.Path.Combine(Path, "server.log");

    public string PasswordFile => System.IO.Path.Combine(Path, PasswordFileName);

    public string ReadPassword() => File.Exists(PasswordFile)
        ? File.ReadAllText(PasswordFile).Trim()
        : throw new LocalPostgresException($"The cluster in {Path} was not made by PaperCatalog: {PasswordFileName} is missing. Move the folder away to get a fresh cluster.");

    /// <summary>The port of the server running on this folder, read from postmaster.pid.</summary>
    public int? RunningPort()
    {
        var pidFile = System.IO.Path.Combine(Path, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }

        var lines = File.ReadAllLines(pidFile);
        return lines.Length > 3 && int.TryParse(lines[3], NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : null;
    }

    public static string NewPassword() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}
