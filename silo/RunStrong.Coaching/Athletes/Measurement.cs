namespace RunStrong.Coaching.Athletes;

/// <summary>
/// A dated body measurement. <see cref="Id"/> is the idempotency key (the client's or derived from content).
/// Fat-free-mass trends only compare measurements taken with the same <see cref="BodyFatMethod"/>.
/// </summary>
public sealed record Measurement(
    string Id,
    DateOnly Date,
    double WeightKg,
    double? BodyFatPercent,
    BodyFatMethod? BodyFatMethod);
