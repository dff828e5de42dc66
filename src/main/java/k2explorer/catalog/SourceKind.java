package k2explorer.catalog;

/** The kind of a source, which tells a reader how much weight its numbers can bear. */
public enum SourceKind {
    FOOD_COMPOSITION_DATABASE,
    PUBLICATION,
    SECONDARY,
    USER
}
