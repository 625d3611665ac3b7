using PaperCatalog.EndToEndTests;
using PaperCatalog.Testing;

[assembly: AssemblyFixture(typeof(PostgresServer))]
[assembly: AssemblyFixture(typeof(BrowserFixture))]
