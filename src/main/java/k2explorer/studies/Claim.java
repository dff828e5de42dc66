package k2explorer.studies;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A claim found in the seed articles, paraphrased, with its verdict, one reason, and what stands behind it: studies
 * by role (for, against, context), catalog foods by id, and non-food sources by key. {@code inventoryIds} tie it to
 * the inventory of checkable seed claims; a safety claim carries a takeaway (what a person should and should not
 * conclude). Claims from the popular "Sources of vitamin K2" table carry the row number and the figure as printed.
 */
public record Claim(String id, List<String> inventoryIds, ClaimKind kind, boolean safety, String text,
                    List<String> seeds, String seedFigure, Verdict verdict, String why, String takeaway,
                    List<String> studiesFor, List<String> studiesAgainst, List<String> studiesContext,
                    List<String> foodIds, List<String> sourceKeys, String panel, Integer seedTableRow) {

    public Claim {
        inventoryIds = List.copyOf(inventoryIds);
        seeds = List.copyOf(seeds);
        studiesFor = List.copyOf(studiesFor);
        studiesAgainst = List.copyOf(studiesAgainst);
        studiesContext = List.copyOf(studiesContext);
        foodIds = List.copyOf(foodIds);
        sourceKeys = List.copyOf(sourceKeys);
        seedFigure = seedFigure == null ? "" : seedFigure;
        takeaway = takeaway == null ? "" : takeaway;
        panel = panel == null ? "" : panel;
    }

    /** Every study the claim cites, in the order for, against, context. */
    public List<String> studyKeys() {
        List<String> all = new ArrayList<>(studiesFor.size() + studiesAgainst.size() + studiesContext.size());
        all.addAll(studiesFor);
        all.addAll(studiesAgainst);
        all.addAll(studiesContext);
        return all;
    }

    /** The studies of one role. */
    public List<String> studies(ClaimRole role) {
        return switch (role) {
            case FOR -> studiesFor;
            case AGAINST -> studiesAgainst;
            case CONTEXT -> studiesContext;
        };
    }

    /** Whether one of the seed articles makes this claim; seeds are named by the number their file starts with. */
    public boolean madeIn(String seed) {
        return seeds.contains(seed);
    }

    public Optional<String> panelId() {
        return panel.isBlank() ? Optional.empty() : Optional.of(panel);
    }
}
