package k2explorer.catalog;

/** How directly a value was read from its source; shown next to every value. */
public enum EvidenceLevel implements Coded {
    NUTRIENT_DATABASE,
    PRIMARY_ABSTRACT,
    SECONDARY_COMPILATION,
    USER_ENTERED
}
