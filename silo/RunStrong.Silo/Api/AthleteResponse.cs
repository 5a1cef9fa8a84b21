using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Summary;
using RunStrong.Silo.Api.Members;

namespace RunStrong.Silo.Api;

/// <summary>
/// Body of <c>GET /api/t/{tenantId}/athletes/{athleteId}</c>: the profile, the 7/28-day summary and, for a gym
/// member, who they are (null otherwise).
/// </summary>
public sealed record AthleteResponse(string TenantId, string AthleteId, AthleteProfile? Profile, TrainingSummary Summary, MemberResponse? Member);
