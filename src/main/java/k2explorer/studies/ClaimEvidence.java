package k2explorer.studies;

import java.util.List;
import java.util.Locale;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;

/** The catalog foods a claim rests on. */
public final class ClaimEvidence {
    private ClaimEvidence() {
    }

    /**
     * Foods with a vitamin K value or reported measure from one of the claim's literature sources, narrowed to
     * names holding the claim's food word when it has one.
     */
    public static List<Food> foodsBehind(Claim claim, Catalog catalog) {
        if (claim.sourceKeys().isEmpty()) {
            return List.of();
        }
        String word = claim.foodWord() == null ? "" : claim.foodWord().toLowerCase(Locale.ROOT);
        return catalog.foods().stream()
                .filter(f -> f.values().stream().anyMatch(v -> claim.sourceKeys().contains(v.sourceId()))
                        || f.reportedMeasures().stream().anyMatch(r -> claim.sourceKeys().contains(r.sourceId())))
                .filter(f -> word.isEmpty() || f.name().toLowerCase(Locale.ROOT).contains(word))
                .toList();
    }
}
