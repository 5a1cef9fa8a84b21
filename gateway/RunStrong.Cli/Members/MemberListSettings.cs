using System.ComponentModel;
using RunStrong.Cli.Commands;

namespace RunStrong.Cli.Members;

/// <summary>What `members list` and `members search` share: order, page size, paging and output form.</summary>
internal class MemberListSettings : TenantSettings
{
    public const int MaxPageSize = 100;

    [CommandOption("--sort <name|risk|lastActive>")]
    [Description("name (default), risk (the follow-up list: high risk and longest inactive first) or lastActive.")]
    public string Sort { get; init; } = "name";

    [CommandOption("--limit <N>")]
    [Description("Members per page, 1-100 (default 50).")]
    public int Limit { get; init; } = 50;

    [CommandOption("--after <CURSOR>")]
    [Description("Continue after a page: the cursor the previous page printed.")]
    public string? After { get; init; }

    [CommandOption("--all")]
    [Description("Follow every page to the end instead of printing one.")]
    public bool All { get; init; }

    [CommandOption("--json")]
    [Description("Print JSON ({ items, next, total }) instead of a table.")]
    public bool Json { get; init; }

    public override ValidationResult Validate()
    {
        if (Sort is not ("name" or "risk" or "lastActive"))
        {
            return ValidationResult.Error($"--sort must be name, risk or lastActive, not '{Sort}'.");
        }

        return Limit is < 1 or > MaxPageSize
            ? ValidationResult.Error($"--limit must be between 1 and {MaxPageSize}.")
            : ValidationResult.Success();
    }
}
