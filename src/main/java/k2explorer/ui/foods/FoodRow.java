package k2explorer.ui.foods;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import k2explorer.catalog.Basis;
import k2explorer.catalog.Food;
import k2explorer.catalog.FormTotal;
import k2explorer.catalog.Portion;
import k2explorer.catalog.SearchText;
import k2explorer.coverage.CountedForms;

/**
 * One line of the Foods table: a catalog food with its search key and per-100 g column amounts worked out once,
 * and the household portion the user chose for the per-serving basis.
 */
public final class FoodRow {
    private final Food food;
    private final String searchKey;
    private final String sourceLabels;
    private final Map<FoodColumn, FormTotal> per100g = new EnumMap<>(FoodColumn.class);
    private final ObjectProperty<Portion> serving = new SimpleObjectProperty<>(this, "serving");
    private final Map<CountedForms, Optional<FormTotal>> counted =
            new EnumMap<>(CountedForms.class);
    private String nameKey;
    private String groupKey;
    private String sourcesKey;

    public FoodRow(Food food, String sourceLabels) {
        this.food = food;
        this.sourceLabels = sourceLabels;
        this.searchKey = SearchText.normalise(food.name() + " " + food.group() + " " + sourceLabels + " "
                + food.otherNames());
        for (FoodColumn column : FoodColumn.values()) {
            if (column.isAmount()) {
                column.per100g(food).ifPresent(total -> per100g.put(column, total));
            }
        }
        serving.set(food.portions().isEmpty() ? null : food.portions().get(0));
    }

    public Food food() {
        return food;
    }

    public String searchKey() {
        return searchKey;
    }

    public String sourceLabels() {
        return sourceLabels;
    }

    /**
     * How a text column sorts: case, accents and punctuation ignored (as in the search), the exact text breaking
     * ties. Worked out on first use and kept.
     */
    String textKey(FoodColumn column) {
        return switch (column) {
            case NAME -> nameKey == null ? nameKey = sortText(food.name()) : nameKey;
            case GROUP -> groupKey == null ? groupKey = sortText(food.group()) : groupKey;
            case SOURCES -> sourcesKey == null ? sourcesKey = sortText(sourceLabels) : sourcesKey;
            default -> throw new IllegalArgumentException(column + " is not a text column");
        };
    }

    private static String sortText(String text) {
        return SearchText.normalise(text).trim() + "\u0000" + text;
    }

    /** The amount per 100 g of the forms a target counts, worked out once per row and kind. */
    public synchronized Optional<FormTotal> counted(CountedForms forms) {
        return counted.computeIfAbsent(forms, f -> f.per100g(food));
    }

    public ObjectProperty<Portion> servingProperty() {
        return serving;
    }

    public Portion serving() {
        return serving.get();
    }

    /** The amount a numeric column shows on a basis; empty when not measured or the basis cannot apply. */
    public Optional<ColumnValue> value(FoodColumn column, Basis basis) {
        FormTotal total = per100g.get(column);
        if (total == null) {
            return Optional.empty();
        }
        OptionalDouble factor = basis.factor(food, serving.get());
        if (factor.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ColumnValue.amount(total.amount().times(factor.getAsDouble()), total.partial(),
                total.includedForms(), total.notDetected()));
    }

    /** A single-form column the source filled only with unpublished values: shown as such, not as "not measured". */
    public boolean onlyUnpublished(FoodColumn column) {
        return column.form() != null && food.onlyUnpublished(column.form());
    }

    @Override
    public String toString() {
        return food.name();
    }
}
