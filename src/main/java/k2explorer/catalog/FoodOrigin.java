package k2explorer.catalog;

import k2explorer.i18n.Messages;

/** Which table a catalog food comes from. */
public enum FoodOrigin {
    USDA,
    COMPILED,
    CIQUAL,
    LITERATURE,
    MY_FOOD;

    public String label() {
        return Messages.label(this);
    }
}
