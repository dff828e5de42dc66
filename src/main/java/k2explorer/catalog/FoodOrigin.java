package k2explorer.catalog;

/** Which table a catalog food comes from. */
public enum FoodOrigin {
    USDA,
    COMPILED,
    CIQUAL,
    LITERATURE,
    MY_FOOD
}
