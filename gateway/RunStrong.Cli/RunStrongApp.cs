using RunStrong.Cli.Commands;

namespace RunStrong.Cli;

/// <summary>The `runstrong` command tree, on a given console and environment (tests pass their own).</summary>
internal static class RunStrongApp
{
    public static CommandApp Create(IAnsiConsole console, CliEnvironment environment)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("runstrong");
            config.ConfigureConsole(console);
            config.Settings.Registrar.RegisterInstance(environment);
            config.CancellationExitCode(ExitCodes.Stopped);
            config.SetExceptionHandler((exception, _) => CommandErrors.Report(console, exception));

            config.AddCommand<ImportCommand>("import")
                .WithDescription("Uploads a member file (CSV or NDJSON) and follows the import until it finishes.")
                .WithExample("import", "members.csv", "--tenant", "riverside-gym", "--key", "rs_...");
            config.AddCommand<ImportStatusCommand>("import-status")
                .WithDescription("Follows an import that is already running (or shows how one ended).")
                .WithExample("import-status", "imp-0123456789abcdef", "--tenant", "riverside-gym");
            config.AddBranch("tenants", tenants =>
            {
                tenants.SetDescription("Platform-admin tenant commands.");
                tenants.AddCommand<CreateTenantCommand>("create")
                    .WithDescription("Creates a gym or club and prints its first API key (shown only once).")
                    .WithExample("tenants", "create", "--id", "riverside-gym", "--name", "\"Riverside Gym\"", "--kind", "gym");
            });
        });
        return app;
    }
}
