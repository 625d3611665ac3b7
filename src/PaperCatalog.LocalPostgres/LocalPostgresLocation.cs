using System.Security.Cryptography;
using System.Text;
using System.Runtime.Versioning;

namespace PaperCatalog.LocalPostgres;

/// <summary>Where the app and the CLI keep their private cluster when nothing is configured.</summary>
public static class LocalPostgresLocation
{
    private const string SolutionFile = "PaperCatalog.sln";

    /// <summary>
    /// <c>.data/postgres</c> in the checkout the program runs from, so that the web app and the
    /// CLI of one checkout share a catalog; outside a checkout, the user's data folder.
    /// </summary>
    /// <remarks>
    /// As root the server runs as the postgres user, which cannot enter folders such as /root:
    /// then the cluster lives under /var/lib/papercatalog, one folder per checkout.
    /// </remarks>
    [SupportedOSPlatform("linux")]
    public static string DefaultDataDirectory()
    {
        var home = FindCheckout();
        var preferred = home is not null
            ? Path.Combine(home, ".data", "postgres")
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "papercatalog", "postgres");
        if (!ProcessRunner.IsRoot || OthersCanReach(Path.GetDirectoryName(preferred)!))
        {
            return preferred;
        }

        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(preferred)))[..12];
        return Path.Combine("/var/lib/papercatalog", id, "postgres");
    }

    /// <summary>The checkout the program runs in: the one holding the working directory, else the one holding the program.</summary>
    public static string? FindCheckout() => FindCheckout(Directory.GetCurrentDirectory()) ?? FindCheckout(AppContext.BaseDirectory);

    /// <summary>The checkout that holds <paramref name="start"/>, found by its solution file.</summary>
    public static string? FindCheckout(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    // Every existing ancestor must let other users through, or the postgres user cannot reach the data.
    private static bool OthersCanReach(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            if (dir.Exists && !dir.UnixFileMode.HasFlag(UnixFileMode.OtherExecute))
            {
                return false;
            }
        }

        return true;
    }
}
