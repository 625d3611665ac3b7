using System.CommandLine;
using PaperCatalog.Cli.Commands;

var root = new RootCommand("PaperCatalog: import paper dumps into the catalog, measure it and generate benchmark corpora.")
{
    ImportCommand.Create(),
    MigrateCommand.Create(),
    EvaluateTaggingCommand.Create(),
    CompareLabelsCommand.Create(),
    GenerateCommand.Create(),
    BenchCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
