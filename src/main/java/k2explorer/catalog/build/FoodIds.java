package k2explorer.catalog.build;

import java.util.Locale;

/** The stable food ids of docs/data-contracts.md: user data, claims and panels refer to foods by them. */
final class FoodIds {
    private static final int MAX_SLUG = 80;

    private FoodIds() {
    }

    static String usda(String ndb) {
        return "usda:" + ndb;
    }

    static String compiled(String food) {
        return "k2c:" + slug(food);
    }

    static String ciqual(String code) {
        return "ciqual:" + code;
    }

    static String literature(String sourceKey, String food) {
        return "lit:" + sourceKey + ":" + slug(food);
    }

    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.length() > MAX_SLUG ? s.substring(0, MAX_SLUG) : s;
    }
}
