package k2explorer.studies;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;

/**
 * The studies behind a verdict, arranged for reading: per role (for, against, context), trials first, then
 * cohorts, then markers, then reports and reviews; within a tier the higher grade first, else the claim's order.
 */
public record ClaimEvidence(Claim claim, List<Study> supporting, List<Study> contradicting, List<Study> context) {

    public ClaimEvidence {
        supporting = List.copyOf(supporting);
        contradicting = List.copyOf(contradicting);
        context = List.copyOf(context);
    }

    public static ClaimEvidence of(Claim claim, StudyCatalog catalog) {
        return new ClaimEvidence(claim, arranged(claim.studiesFor(), catalog), arranged(claim.studiesAgainst(), catalog),
                arranged(claim.studiesContext(), catalog));
    }

    public List<Study> of(ClaimRole role) {
        return switch (role) {
            case FOR -> supporting;
            case AGAINST -> contradicting;
            case CONTEXT -> context;
        };
    }

    /** The studies of one role grouped by tier, tiers in reading order, empty tiers left out. */
    public Map<ClaimEvidenceTier, List<Study>> byTier(ClaimRole role) {
        return of(role).stream().collect(Collectors.groupingBy(s -> ClaimEvidenceTier.of(s.design()),
                () -> new java.util.EnumMap<>(ClaimEvidenceTier.class), Collectors.toList()));
    }

    /** The catalog foods whose values bear on a claim, in the order the claim lists them. */
    public static List<Food> foodsBehind(Claim claim, Catalog catalog) {
        return claim.foodIds().stream().map(id -> catalog.food(id).orElse(null)).filter(Objects::nonNull).toList();
    }

    public boolean isEmpty() {
        return supporting.isEmpty() && contradicting.isEmpty() && context.isEmpty();
    }

    private static List<Study> arranged(List<String> keys, StudyCatalog catalog) {
        List<Study> studies = keys.stream().map(k -> catalog.study(k).orElse(null)).filter(Objects::nonNull).toList();
        return studies.stream().sorted(Comparator.comparing((Study s) -> ClaimEvidenceTier.of(s.design()))
                .thenComparing(Study::grade)).toList();
    }
}
