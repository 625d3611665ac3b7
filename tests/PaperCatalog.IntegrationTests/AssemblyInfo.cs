using PaperCatalog.Testing;

// One real PostgreSQL server for the whole assembly; every test makes its own database from a migrated template.
[assembly: AssemblyFixture(typeof(PostgresServer))]
