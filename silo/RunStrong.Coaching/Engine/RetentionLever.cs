namespace RunStrong.Coaching.Engine;

/// <summary>
/// What drives the muscle-retention risk (wire: leanMassLoss, rapidWeightLoss, energyAvailability, protein,
/// legStrength): observed losses first, then the levers the athlete can pull.
/// </summary>
public enum RetentionLever
{
    LeanMassLoss,
    RapidWeightLoss,
    EnergyAvailability,
    Protein,
    LegStrength,
}
