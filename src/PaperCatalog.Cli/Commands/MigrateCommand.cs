using System.CommandLine;

namespace PaperCatalog.Cli.Commands;

/// <summary><c>papercatalog migrate</c>: brings the catalog database to the current schema.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply pending database migrations and add missing shipped techniques (every command also does this first).");
        command.SetAction(async (_, cancellation) =>
        {
            await using var services = await CliServices.StartAsync(cancellation);
            await Console.Out.WriteLineAsync("The catalog database is up to date.");
            return 0;
        });
        return command;
    }
}
