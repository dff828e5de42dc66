package k2explorer.ui.foods;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import k2explorer.catalog.Food;
import k2explorer.catalog.Portion;

/**
 * The household portion the user chose, by food id: the only place a chosen portion lives. Rows hold none, so a
 * portion chosen for a food is the one every row showing that food uses (its own row and its family's row when the
 * family stands on it), across catalog reloads and restarts. A food with no choice uses its first portion.
 * Plain Java: read and changed on the UI thread.
 */
public final class PortionChoices {
    /** Portion number (its {@code seq}) by food id; only choices other than the first portion are kept. */
    private final Map<String, Integer> chosen = new TreeMap<>();

    /** The portion the food is shown with: the chosen one, else its first; null when it has none. */
    public Portion of(Food food) {
        Integer seq = chosen.get(food.id());
        if (seq != null) {
            for (Portion p : food.portions()) {
                if (p.seq() == seq) {
                    return p;
                }
            }
        }
        return food.portions().isEmpty() ? null : food.portions().get(0);
    }

    /** The portion a row is shown with: that of its {@link FoodRow#portionFood() portion food}. */
    public Portion of(FoodRow row) {
        return of(row.portionFood());
    }

    /**
     * Chooses a portion of one food; true when that changed what the food is shown with.
     *
     * @throws IllegalArgumentException when the portion is not one of the food's
     */
    public boolean choose(Food food, Portion portion) {
        if (portion != null && !food.portions().contains(portion)) {
            throw new IllegalArgumentException(portion.label() + " is not a portion of " + food.name());
        }
        Portion before = of(food);
        if (portion == null || food.portions().indexOf(portion) == 0) {
            chosen.remove(food.id());
        } else {
            chosen.put(food.id(), portion.seq());
        }
        return before != of(food);
    }

    /** The choices to remember between runs, by food id. */
    public Map<String, Integer> snapshot() {
        return Map.copyOf(chosen);
    }

    /**
     * Takes remembered choices; kept by id even for foods not (yet) in the catalog, so a my-food's portion is not
     * lost while its library loads. True when any was new.
     */
    public boolean restore(Map<String, Integer> saved) {
        boolean changed = false;
        for (Map.Entry<String, Integer> e : saved.entrySet()) {
            changed |= !Optional.ofNullable(chosen.put(e.getKey(), e.getValue())).equals(Optional.of(e.getValue()));
        }
        return changed;
    }
}
