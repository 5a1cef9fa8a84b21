namespace RunStrong.Web.Api;

/// <summary>An API answer: the value on success, otherwise the problem it sent.</summary>
public sealed record ApiResult<T>(int Status, T? Value, ApiProblem? Problem)
{
    public bool Succeeded => Problem is null;

    public bool NotFound => Status == 404;
}
