using System.CommandLine;
using PaperCatalog.Cli.Commands;

var root = new RootCommand("PaperCatalog: import paper dumps into the catalog and measure it.")
{
    ImportCommand.Create(),
    MigrateCommand.Create(),
    EvaluateTaggingCommand.Create(),
    BenchCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
