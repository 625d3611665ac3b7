using System.Text.Json;
using PaperCatalog.Testing;

namespace PaperCatalog.IntegrationTests.Cli;

/// <summary>The <c>papercatalog import</c> command, run as a real process against a real database.</summary>
public sealed class ImportCommandTests(PostgresServer server)
{
    [Fact]
    public async Task Import_prints_a_progress_line_and_a_summary_then_a_reimport_says_nothing_is_new()
    {
        var connectionString = await server.CreateDatabaseAsync();

        var first = await CliProcess.RunAsync(connectionString, "import", TestPaths.Seeds);
        var second = await CliProcess.RunAsync(connectionString, "import", TestPaths.Seeds);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Papers: 427 added, 0 updated, 0 unchanged; 462 records parsed, 0 rejected.", first.Output, StringComparison.Ordinal);
        Assert.Contains("[100%] done", first.Errors, StringComparison.Ordinal);
        Assert.Contains("Papers: 0 added, 0 updated, 427 unchanged", second.Output, StringComparison.Ordinal);
        Assert.Contains("Nothing new: every file had been imported before, so the catalog is unchanged.", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dry_run_with_json_prints_parseable_counts_and_writes_nothing()
    {
        var connectionString = await server.CreateDatabaseAsync();

        var dry = await CliProcess.RunAsync(connectionString, "import", TestPaths.Seed("002"), "--dry-run", "--json");
        var real = await CliProcess.RunAsync(connectionString, "import", TestPaths.Seed("002"), "--json");

        using var dryJson = JsonDocument.Parse(dry.Output);
        using var realJson = JsonDocument.Parse(real.Output);
        Assert.True(dryJson.RootElement.GetProperty("dryRun").GetBoolean());
        Assert.Equal(29, dryJson.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(29, realJson.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(29, dryJson.RootElement.GetProperty("changes").GetArrayLength());
    }

    [Fact]
    public async Task A_refused_file_exits_with_1_and_names_the_file()
    {
        var connectionString = await server.CreateDatabaseAsync();
        var empty = Path.Combine(Path.GetTempPath(), $"empty-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(empty, "", TestContext.Current.CancellationToken);

        var result = await CliProcess.RunAsync(connectionString, "import", empty);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"Import failed; nothing was written. {Path.GetFileName(empty)}: the file is empty", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_reference_date_is_a_usage_error()
    {
        var result = await CliProcess.RunAsync(await server.CreateDatabaseAsync(), "import", TestPaths.Seeds, "--reference-date", "23/11/2026");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--reference-date must be a date as yyyy-MM-dd, not '23/11/2026'.", result.Errors, StringComparison.Ordinal);
    }
}
