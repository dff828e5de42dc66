package k2explorer.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import k2explorer.catalog.Basis;
import k2explorer.ui.compare.CompareViewModel;
import k2explorer.ui.coverage.TargetChoiceViewModel;
import k2explorer.ui.foods.FoodsViewModel;

/** Which parts of the views' state are remembered between runs, as flat key/value pairs. */
final class Settings {
    private static final String PORTION = "portion.";
    private static final String COMPARE = "compare.foods";
    private static final String BASIS = "foods.basis";

    private Settings() {
    }

    static Map<String, String> snapshot(TargetChoiceViewModel targets, FoodsViewModel foods,
                                        CompareViewModel compare) {
        Map<String, String> map = new LinkedHashMap<>(targets.snapshot());
        map.put(BASIS, foods.basisProperty().get().name());
        foods.chosenPortions().forEach((id, seq) -> map.put(PORTION + id, String.valueOf(seq)));
        map.put(COMPARE, String.join(",", compare.ids()));
        return map;
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
        String ids = saved.getOrDefault(COMPARE, "");
        compare.restore(ids.isBlank() ? List.of() : List.of(ids.split(",")));
    }
}
