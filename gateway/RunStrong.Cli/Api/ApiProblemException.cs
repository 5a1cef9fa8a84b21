namespace RunStrong.Cli.Api;

/// <summary>The platform refused a request; <see cref="Problem"/> says why.</summary>
public sealed class ApiProblemException : Exception
{
    public ApiProblemException()
        : this("The platform refused the request.")
    {
    }

    public ApiProblemException(string message)
        : this(message, null)
    {
    }

    public ApiProblemException(string message, Exception? innerException)
        : base(message, innerException) =>
        Problem = new ApiProblem(0, message, null, new Dictionary<string, string[]>());

    internal ApiProblemException(ApiProblem problem)
        : base($"{problem.Status} {problem.Title}") => Problem = problem;

    internal ApiProblem Problem { get; }
}
