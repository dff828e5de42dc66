package k2explorer.app;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import k2explorer.catalog.Basis;
import k2explorer.ui.compare.CompareViewModel;
import k2explorer.ui.coverage.TargetChoiceViewModel;
import k2explorer.ui.foods.FoodColumn;
import k2explorer.ui.foods.FoodTable;
import k2explorer.ui.foods.FoodsViewModel;

/** Which parts of the views' state are remembered between runs, as flat key/value pairs. */
final class SettingsKeys {
    private static final String PORTION = "portion.";
    private static final String COMPARE = "compare.foods";
    private static final String BASIS = "foods.basis";
    private static final String HIDDEN_COLUMNS = "foods.hiddenColumns";
    private static final String ROWS_PER_FAMILY = "foods.oneRowPerFamily";
    private static final String WELCOME_DISMISSED = "foods.welcomeDismissed";

    private SettingsKeys() {
    }

    static Map<String, String> snapshot(TargetChoiceViewModel targets, FoodsViewModel foods,
                                        CompareViewModel compare) {
        Map<String, String> map = new LinkedHashMap<>(targets.snapshot());
        map.put(BASIS, foods.basisProperty().get().name());
        map.put(HIDDEN_COLUMNS, foods.hiddenColumns().stream().sorted().map(Enum::name)
                .collect(Collectors.joining(",")));
        map.put(ROWS_PER_FAMILY, String.valueOf(foods.oneRowPerFamilyProperty().get()));
        map.put(WELCOME_DISMISSED, String.valueOf(foods.welcomeDismissedProperty().get()));
        foods.chosenPortions().forEach((id, seq) -> map.put(PORTION + id, String.valueOf(seq)));
        map.put(COMPARE, String.join(",", compare.ids()));
        return map;
    }

    /** Whether the saved settings show the Foods table with one row per food (family). */
    private static boolean oneRowPerFamily(Map<String, String> saved) {
        return Boolean.parseBoolean(saved.getOrDefault(ROWS_PER_FAMILY, "false"));
    }

    /**
     * Whether restoring the saved settings asks for the Foods table's family rows: the table shown with one row per
     * food, or a whole family compared.
     */
    static boolean needFamilyRows(Map<String, String> saved) {
        return oneRowPerFamily(saved) || Arrays.stream(saved.getOrDefault(COMPARE, "").split(","))
                .anyMatch(FoodTable::isFamilyKey);
    }

    static void restore(Map<String, String> saved, TargetChoiceViewModel targets, FoodsViewModel foods,
                        CompareViewModel compare) {
        targets.restore(saved);
        Arrays.stream(Basis.values()).filter(b -> b.name().equals(saved.get(BASIS))).findFirst()
                .ifPresent(b -> foods.basisProperty().set(b));
        Map<String, Integer> portions = new LinkedHashMap<>();
        saved.forEach((key, value) -> {
            if (key.startsWith(PORTION)) {
                try {
                    portions.put(key.substring(PORTION.length()), Integer.parseInt(value.trim()));
                } catch (NumberFormatException ignored) {
                    // a damaged entry keeps the default portion
                }
            }
        });
        foods.restorePortions(portions);
        if (saved.containsKey(HIDDEN_COLUMNS)) {
            Set<FoodColumn> hidden = EnumSet.noneOf(FoodColumn.class);
            for (String name : saved.get(HIDDEN_COLUMNS).split(",")) {
                Arrays.stream(FoodColumn.values()).filter(c -> c.name().equals(name.trim())).forEach(hidden::add);
            }
            hidden.remove(FoodColumn.NAME);
            foods.hiddenColumns().retainAll(hidden);
            foods.hiddenColumns().addAll(hidden);
        }
        foods.oneRowPerFamilyProperty().set(oneRowPerFamily(saved));
        foods.welcomeDismissedProperty().set(Boolean.parseBoolean(saved.getOrDefault(WELCOME_DISMISSED, "false")));
        String ids = saved.getOrDefault(COMPARE, "");
        compare.restore(ids.isBlank() ? List.of() : List.of(ids.split(",")));
    }
}
