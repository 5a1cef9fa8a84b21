using RunStrong.Cli;

// Ctrl+C stops following an import; the job itself keeps running server-side.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

return await RunStrongApp.Create(AnsiConsole.Console, new CliEnvironment(Environment.GetEnvironmentVariable))
    .RunAsync(args, stop.Token);
