package k2explorer.ui.compare;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import k2explorer.i18n.Messages;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.FoodsViewModel;

/**
 * The foods being compared side by side (2 to 6), in the user's order: single sources' foods or whole families
 * ("one row per food"). A row is compared once, by its key; when the catalog changes (a my-food saved, edited or
 * deleted) each compared row shows its new row of the same kind, and one that no longer exists leaves the comparison.
 */
public final class CompareViewModel {
    public static final int MAX_FOODS = 6;

    private final ObservableList<FoodRow> compared = FXCollections.observableArrayList();
    // One wrapper for everyone: it listens to the backing list weakly, so a fresh one per call could be collected.
    private final ObservableList<FoodRow> readOnly = FXCollections.unmodifiableObservableList(compared);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty perServing = new SimpleBooleanProperty(this, "perServing");
    private final FoodsViewModel foods;

    public CompareViewModel(FoodsViewModel foods) {
        this.foods = foods;
        foods.catalogProperty().addListener((obs, was, now) -> restore(ids()));
    }

    public ObservableList<FoodRow> compared() {
        return readOnly;
    }

    /** Says what happened to the last request (e.g. why a food was not added). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the chart shows amounts per serving instead of per 100 g. */
    public BooleanProperty perServingProperty() {
        return perServing;
    }

    /** Adds foods in order; stops at six and says which were left out. */
    public void add(List<FoodRow> rows) {
        int added = 0;
        int skipped = 0;
        for (FoodRow row : rows) {
            if (ids().contains(row.key())) {
                continue;
            }
            if (compared.size() >= MAX_FOODS) {
                skipped++;
                continue;
            }
            compared.add(row);
            added++;
        }
        message.set(skipped > 0
                ? Messages.get("compare.full", MAX_FOODS, skipped)
                : added == 0 && !rows.isEmpty() ? Messages.get("compare.already") : hint());
    }

    public void remove(FoodRow row) {
        compared.removeIf(r -> r.key().equals(row.key()));
        message.set(hint());
    }

    public void clear() {
        compared.clear();
        message.set(hint());
    }

    /** Moves a food one place left (-1) or right (+1). */
    public void move(FoodRow row, int direction) {
        int from = compared.indexOf(row);
        int to = from + direction;
        if (from < 0 || to < 0 || to >= compared.size()) {
            return;
        }
        compared.remove(from);
        compared.add(to, row);
    }

    /** Only with one food: with none, the view itself says how to start. */
    private String hint() {
        return compared.size() == 1 ? Messages.get("compare.pickTwo") : "";
    }

    /** The compared rows' keys (food ids, or family keys for whole families), to remember between runs. */
    public List<String> ids() {
        return compared.stream().map(FoodRow::key).toList();
    }

    /**
     * Compares these rows, in this order: a food id is that food, a family key the whole family (so a compared
     * family stays a family when the catalog changes); keys that are not (or no longer) in the catalog are skipped.
     */
    public void restore(List<String> ids) {
        compared.setAll(ids.stream().distinct().map(id -> foods.table().byKey(id)).flatMap(Optional::stream)
                .limit(MAX_FOODS).toList());
        message.set(hint());
    }
}
