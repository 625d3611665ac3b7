using System.Globalization;
using System.Runtime.Versioning;

namespace PaperCatalog.LocalPostgres;

/// <summary>initdb and pg_ctl for one cluster folder.</summary>
[SupportedOSPlatform("linux")]
internal sealed class ClusterControl(string binDirectory, ClusterDirectory cluster)
{
    private string Tool(string name) => Path.Combine(binDirectory, name);

    /// <summary>Creates the cluster: password authentication on loopback only, no Unix socket.</summary>
    public async Task InitializeAsync(bool ephemeral, IReadOnlyDictionary<string, string> settings, CancellationToken cancellation)
    {
        Directory.CreateDirectory(cluster.Path);
        await GiveToServiceUserAsync(cluster.Path, cancellation);
        var password = ClusterDirectory.NewPassword();
        var passwordFile = Path.Combine(Path.GetTempPath(), $"papercatalog-initdb-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(passwordFile, password, cancellation);
        File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            await GiveToServiceUserAsync(passwordFile, cancellation);
            await ProcessRunner.RunCheckedAsync(
                Tool("initdb"),
                ["-D", cluster.Path, "-U", "postgres", $"--pwfile={passwordFile}", "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions", .. ephemeral ? ["--no-sync"] : Array.Empty<string>()],
                asServiceUser: true,
                cancellation);
        }
        finally
        {
            File.Delete(passwordFile);
        }

        await File.AppendAllTextAsync(Path.Combine(cluster.Path, "postgresql.conf"), Configuration(ephemeral, settings), cancellation);
        await File.WriteAllTextAsync(cluster.PasswordFile, password, cancellation);
        File.SetUnixFileMode(cluster.PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        await GiveToServiceUserAsync(cluster.PasswordFile, cancellation);
    }

    public async Task<bool> IsRunningAsync(CancellationToken cancellation) =>
        (await ProcessRunner.RunAsync(Tool("pg_ctl"), ["status", "-D", cluster.Path], true, cancellation)).ExitCode == 0;

    public async Task<bool> TryStartAsync(int port, CancellationToken cancellation)
    {
        var (exitCode, _) = await ProcessRunner.RunAsync(
            Tool("pg_ctl"),
            ["start", "-D", cluster.Path, "-w", "-t", "60", "-s", "-l", cluster.LogFile, "-o", $"-p {port.ToString(CultureInfo.InvariantCulture)}"],
            true,
            cancellation);
        return exitCode == 0;
    }

    public Task StopAsync(CancellationToken cancellation) =>
        ProcessRunner.RunCheckedAsync(Tool("pg_ctl"), ["stop", "-D", cluster.Path, "-m", "fast", "-w", "-t", "60", "-s"], true, cancellation);

    public string LastLogLines()
    {
        try
        {
            return string.Join(Environment.NewLine, File.ReadLines(cluster.LogFile).TakeLast(10));
        }
        catch (IOException)
        {
            return "(no server log)";
        }
    }

    private static string Configuration(bool ephemeral, IReadOnlyDictionary<string, string> settings)
    {
        var lines = new Dictionary<string, string>
        {
            ["listen_addresses"] = "'127.0.0.1'",
            ["unix_socket_directories"] = "''",
            ["max_connections"] = "200",
        };
        if (ephemeral)
        {
            // Test clusters are thrown away, so durability only costs time.
            lines["fsync"] = "off";
            lines["synchronous_commit"] = "off";
            lines["full_page_writes"] = "off";
        }

        foreach (var (key, value) in settings)
        {
            lines[key] = value;
        }

        return "\n# Added by PaperCatalog\n" + string.Concat(lines.Select(l => $"{l.Key} = {l.Value}\n"));
    }

    private static async Task GiveToServiceUserAsync(string path, CancellationToken cancellation)
    {
        if (ProcessRunner.IsRoot)
        {
            await ProcessRunner.RunCheckedAsync("chown", ["-R", $"{ProcessRunner.ServiceUser}:{ProcessRunner.ServiceUser}", path], false, cancellation);
        }

        if (Directory.Exists(path))
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
