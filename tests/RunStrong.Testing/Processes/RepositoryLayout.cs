namespace RunStrong.Testing.Processes;

/// <summary>Where the silo and gateway builds are, relative to the repository root above this program.</summary>
public sealed class RepositoryLayout
{
    private RepositoryLayout(string root, string configuration)
    {
        Root = root;
        Configuration = configuration;
    }

    public string Root { get; }

    /// <summary>The configuration this program was built in; the hosts it starts were built alongside it.</summary>
    public string Configuration { get; }

    public string SiloDll => HostDll("silo/RunStrong.Silo", "RunStrong.Silo");

    public string GatewayDll => HostDll("gateway/RunStrong.Gateway", "RunStrong.Gateway");

    /// <summary>Finds the folder holding RunStrong.sln above this program's own folder.</summary>
    public static RepositoryLayout Locate()
    {
        // This program runs from tests/<project>/bin/<configuration>/<tfm>/.
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent?.Name ?? "Release";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RunStrong.sln")))
            {
                return new RepositoryLayout(dir.FullName, configuration);
            }
        }

        throw new DirectoryNotFoundException($"No RunStrong.sln above '{AppContext.BaseDirectory}'.");
    }

    /// <summary>The project folder this program was built from (tests/&lt;project&gt;/bin/&lt;configuration&gt;/&lt;tfm&gt;/).</summary>
    private static string ProgramProject() =>
        new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent?.Parent?.Parent?.Name ?? "<project>";

    private string HostDll(string project, string assembly)
    {
        var path = Path.Combine(Root, project, "bin", Configuration, "net10.0", assembly + ".dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{path} is missing: build with 'dotnet build tests/{ProgramProject()} -c {Configuration}'.");
    }
}
