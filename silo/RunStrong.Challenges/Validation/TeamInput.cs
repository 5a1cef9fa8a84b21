using RunStrong.Challenges.Rules;
using RunStrong.Coaching.Validation;

namespace RunStrong.Challenges.Validation;

/// <summary>A team as a club sends it (<c>POST .../challenges/{challengeId}/teams</c>).</summary>
public sealed record TeamInput(string? Id, string? Name)
{
    public Validated<ChallengeTeam> Validate()
    {
        var checks = new FieldChecks();
        if (Id is null)
        {
            checks.Add("id", "id is required.");
        }
        else if (!ChallengeNames.IsValidId(Id))
        {
            checks.Add("id", $"id {ChallengeNames.IdRule}");
        }

        if (Name is null)
        {
            checks.Add("name", "name is required.");
        }
        else if (!ChallengeNames.IsValidName(Name))
        {
            checks.Add("name", ChallengeNames.NameRule("name"));
        }

        return checks.HasErrors ? Validated<ChallengeTeam>.Failed(checks.Errors) : Validated<ChallengeTeam>.Ok(new ChallengeTeam(Id!, Name!.Trim()));
    }
}
