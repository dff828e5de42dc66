package k2explorer.catalog.sources;

import java.util.Locale;

/**
 * The stable food ids of docs/data-contracts.md: user data, claims and panels refer to foods by them. The one place
 * the slug rule lives; the curation checks (CurationDataTest) use it too.
 */
public final class FoodIds {
    private static final int MAX_SLUG = 80;

    private FoodIds() {
    }

    static String usda(String ndb) {
        return "usda:" + ndb;
    }

    public static String compiled(String food) {
        return "k2c:" + slug(food);
    }

    public static String ciqual(String code) {
        return "ciqual:" + code;
    }

    public static String literature(String sourceKey, String food) {
        return "lit:" + sourceKey + ":" + slug(food);
    }

    /** The id of a food family of curation/food_families.csv, made from its name. */
    static String family(String name) {
        return "fam:" + slug(name);
    }

    /** Lower case, every run outside a-z0-9 one '-', leading and trailing '-' removed, cut to 80 characters. */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.length() > MAX_SLUG ? s.substring(0, MAX_SLUG) : s;
    }
}
