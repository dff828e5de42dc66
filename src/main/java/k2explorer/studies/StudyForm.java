package k2explorer.studies;

/** The form of vitamin K a study gave or measured. */
public enum StudyForm {
    K1,
    MK4,
    MK7,
    K1_AND_MK4,
    /** Vitamin K2 whose menaquinone the abstract does not name, or K2 trials of several menaquinones pooled. */
    K2_UNSPECIFIED,
    /** Trials of several forms (K1, MK-4, MK-7 …) pooled together. */
    MIXED,
    DIETARY_K,
    NATTO,
    NONE
}
