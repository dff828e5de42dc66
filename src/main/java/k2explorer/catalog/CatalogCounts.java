package k2explorer.catalog;

/**
 * The figures the status bar and the build report show. {@code foodsWithK2} counts foods with at least one K2 amount
 * above zero; foods whose K2 was only "not detected" are counted apart.
 */
public record CatalogCounts(int foods, int foodsWithVitaminK, int foodsWithK2, int foodsWithOnlyNotDetectedK2,
                            int values, int sources) {
}
