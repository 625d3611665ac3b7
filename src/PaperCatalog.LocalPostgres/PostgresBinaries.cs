using System.Globalization;
using Microsoft.Extensions.Logging;

namespace PaperCatalog.LocalPostgres;

/// <summary>Finds the machine's PostgreSQL server binaries, installing Debian's package when they are missing.</summary>
internal static class PostgresBinaries
{
    private const string DebianRoot = "/usr/lib/postgresql";

    /// <summary>The folder holding initdb and pg_ctl.</summary>
    public static async Task<string> EnsureAsync(LocalPostgresOptions options, ILogger logger, CancellationToken cancellation)
    {
        var bin = await EnsureServerAsync(options, logger, cancellation);
        await EnsureRumAsync(bin, options, logger, cancellation);
        return bin;
    }

    // RUM lets a ranked search stop after the best matches (see RumIndex); without it search still works.
    private static async Task EnsureRumAsync(string bin, LocalPostgresOptions options, ILogger logger, CancellationToken cancellation)
    {
        var major = Path.GetFileName(Path.GetDirectoryName(bin));
        if (File.Exists($"/usr/share/postgresql/{major}/extension/rum.control") || !options.InstallIfMissing || !ProcessRunner.IsRoot)
        {
            return;
        }

        try
        {
            await PackageInstaller.InstallAsync([$"postgresql-{major}-rum"], logger, cancellation);
        }
        catch (LocalPostgresException unavailable)
        {
            logger.LogWarning("The RUM extension could not be installed; search ranks through the GIN index instead: {Reason}", unavailable.Message);
        }
    }

    private static async Task<string> EnsureServerAsync(LocalPostgresOptions options, ILogger logger, CancellationToken cancellation)
    {
        if (Find(options.BinDirectory) is { } found)
        {
            return found;
        }

        if (!options.InstallIfMissing || !ProcessRunner.IsRoot)
        {
            throw new LocalPostgresException(
                "PostgreSQL server binaries were not found. Install them (sudo apt-get install postgresql) or set ConnectionStrings__Catalog to an existing server.");
        }

        await PackageInstaller.InstallAsync(["postgresql"], logger, cancellation);
        return Find(options.BinDirectory) ?? throw new LocalPostgresException($"The postgresql package was installed, but no pg_ctl was found under {DebianRoot}.");
    }

    private static string? Find(string? configured)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(Path.Combine(configured, "pg_ctl")) ? configured : null;
        }

        if (!Directory.Exists(DebianRoot))
        {
            return null;
        }

        return Directory.GetDirectories(DebianRoot)
            .Select(dir => (Dir: dir, Version: double.TryParse(Path.GetFileName(dir), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0))
            .OrderByDescending(x => x.Version)
            .Select(x => Path.Combine(x.Dir, "bin"))
            .FirstOrDefault(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")));
    }
}
