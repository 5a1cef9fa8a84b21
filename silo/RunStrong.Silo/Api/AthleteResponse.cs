using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Summary;

namespace RunStrong.Silo.Api;

/// <summary>Body of <c>GET /api/t/{tenantId}/athletes/{athleteId}</c>: the profile and the 7/28-day summary.</summary>
public sealed record AthleteResponse(string TenantId, string AthleteId, AthleteProfile? Profile, TrainingSummary Summary);
