using Microsoft.Extensions.Logging;

namespace PaperCatalog.LocalPostgres;

/// <summary>Installs Debian packages the catalog needs, one installer at a time across processes.</summary>
public static class PackageInstaller
{
    private static readonly string LockPath = Path.Combine(Path.GetTempPath(), "papercatalog-apt.lock");

    /// <summary>Installs <paramref name="packages"/> with apt-get unless dpkg already has them all.</summary>
    public static async Task InstallAsync(IReadOnlyList<string> packages, ILogger logger, CancellationToken cancellation)
    {
        await using var held = await FileLock.AcquireAsync(LockPath, TimeSpan.FromMinutes(15), cancellation);
        var missing = new List<string>();
        foreach (var package in packages)
        {
            var (code, output) = await ProcessRunner.RunAsync("dpkg-query", ["-W", "-f=${Status}", package], false, cancellation);
            if (code != 0 || !output.Contains("install ok installed", StringComparison.Ordinal))
            {
                missing.Add(package);
            }
        }

        if (missing.Count == 0)
        {
            return;
        }

        logger.LogInformation("Installing {Packages} with apt-get (first run on this machine)…", string.Join(' ', missing));
        var environment = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
        string[] install = ["install", "-y", "-q", "--no-install-recommends", .. missing];
        var (exitCode, _) = await ProcessRunner.RunAsync("apt-get", install, false, cancellation, environment);
        if (exitCode != 0)
        {
            await ProcessRunner.RunCheckedAsync("apt-get", ["update", "-q"], false, cancellation, environment);
            await ProcessRunner.RunCheckedAsync("apt-get", install, false, cancellation, environment);
        }
    }
}
