using RunStrong.Cli.Api;

namespace RunStrong.Cli;

/// <summary>The one place a failed command becomes output and exit code 1: problems, network errors, usage.</summary>
internal static class CommandErrors
{
    public static int Report(IAnsiConsole console, Exception exception)
    {
        switch (exception)
        {
            case ApiProblemException { Problem: var problem }:
                Report(console, problem);
                break;
            case HttpRequestException request:
                console.MarkupLineInterpolated($"[red]Could not reach the platform:[/] {request.Message}");
                break;
            case CommandAppException { Pretty: { } pretty }:
                console.Write(pretty);
                break;
            default:
                console.MarkupLineInterpolated($"[red]Error:[/] {exception.Message}");
                break;
        }

        return ExitCodes.Failed;
    }

    private static void Report(IAnsiConsole console, ApiProblem problem)
    {
        console.MarkupLineInterpolated($"[red]{problem.Status} {problem.Title}[/]");
        if (problem.Detail is { Length: > 0 } detail)
        {
            console.WriteLine(detail);
        }

        if (problem.Errors.Count == 0)
        {
            return;
        }

        var fields = new Table().AddColumn("field").AddColumn("error");
        foreach (var (field, messages) in problem.Errors)
        {
            foreach (var message in messages)
            {
                fields.AddRow(Markup.Escape(field), Markup.Escape(message));
            }
        }

        console.Write(fields);
    }
}
