package k2explorer.catalog;

import k2explorer.i18n.Messages;

/** Where a catalog food comes from. */
public enum FoodOrigin {
    USDA,
    LITERATURE,
    MY_FOOD;

    public String label() {
        return Messages.label(this);
    }
}
