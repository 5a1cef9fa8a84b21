using RunStrong.Cli.Activities;
using RunStrong.Cli.Commands;
using RunStrong.Cli.Members;

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
            config.AddBranch("members", members =>
            {
                members.SetDescription("A gym's members: the directory, data exports and erasure.");
                members.AddCommand<ListMembersCommand>("list")
                    .WithDescription("Lists members by name, by follow-up priority (--sort risk) or by last activity.")
                    .WithExample("members", "list", "--sort", "risk", "--tenant", "riverside-gym");
                members.AddCommand<SearchMembersCommand>("search")
                    .WithDescription("Finds members by the start of a word of their name, email or external id.")
                    .WithExample("members", "search", "mul", "--tenant", "riverside-gym");
                members.AddCommand<ExportMemberCommand>("export")
                    .WithDescription("Saves everything stored about a member as one JSON document.")
                    .WithExample("members", "export", "m-1042", "--tenant", "riverside-gym", "--out", "m-1042.json");
                members.AddCommand<EraseMemberCommand>("erase")
                    .WithDescription("Erases a member everywhere (state, directory, challenges, keys). Cannot be undone.")
                    .WithExample("members", "erase", "m-1042", "--tenant", "riverside-gym", "--yes");
            });
            config.AddBranch("activities", activities =>
            {
                activities.SetDescription("An athlete's activity files from watches and phones (FIT, TCX, GPX).");
                activities.AddCommand<UploadActivitiesCommand>("upload")
                    .WithDescription("Uploads an activity file, or a folder of them (e.g. a Strava export's activities/), and tells each file's outcome.")
                    .WithExample("activities", "upload", "export/activities", "--athlete", "m-1042", "--tenant", "riverside-gym");
            });
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
