package k2explorer.catalog;

/** The figures the status bar and the build report show. */
public record CatalogCounts(int foods, int foodsWithVitaminK, int foodsWithK2, int values, int sources) {
}
