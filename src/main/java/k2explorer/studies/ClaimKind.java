package k2explorer.studies;

/** What a claim is about: a food's content, a dose, a trial or cohort result, a mechanism, safety, intake, other. */
public enum ClaimKind {
    FOOD_CONTENT,
    DOSE,
    TRIAL,
    COHORT,
    MECHANISM,
    SAFETY,
    INTAKE,
    OTHER
}
