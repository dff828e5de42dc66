package k2explorer.ui.plan;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.coverage.CountedForms;
import k2explorer.coverage.DailyTarget;
import k2explorer.i18n.Messages;
import k2explorer.i18n.Numbers;
import k2explorer.i18n.TypedNumber;
import k2explorer.plan.PlanTotals;
import k2explorer.plan.WeeklyK1;
import k2explorer.userdata.DayPlan;
import k2explorer.userdata.PlanUnit;

/** The plan being edited, the saved plans, and what they add up to. Usable without the FX thread. */
public final class PlanViewModel {
    static final double MAX_GRAMS = 100_000;
    static final double MAX_SERVINGS = 1_000;

    private final ObservableList<DayPlan> saved = FXCollections.observableArrayList();
    private final ObservableList<DayPlan.Item> items = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(LocalDate.now());
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final ObjectProperty<Catalog> catalog = new SimpleObjectProperty<>();
    private final ObjectProperty<DailyTarget> target = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<PlanTotals> totals = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<WeeklyK1> weekly = new ReadOnlyObjectWrapper<>();
    private Long currentId;

    public PlanViewModel() {
        InvalidationListener recompute = obs -> recompute();
        items.addListener(recompute);
        catalog.addListener(recompute);
        target.addListener(recompute);
        date.addListener(recompute);
        saved.addListener(recompute);
        InvalidationListener changed = obs -> dirty.set(true);
        items.addListener(changed);
        name.addListener(changed);
        date.addListener(changed);
        dirty.set(false);
    }

    public ObservableList<DayPlan> saved() {
        return saved;
    }

    public ObservableList<DayPlan.Item> items() {
        return items;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public ObjectProperty<Catalog> catalogProperty() {
        return catalog;
    }

    public ObjectProperty<DailyTarget> targetProperty() {
        return target;
    }

    public ReadOnlyObjectProperty<PlanTotals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WeeklyK1> weeklyProperty() {
        return weekly.getReadOnlyProperty();
    }

    /** Adds a food; returns why it was not added (an amount that is not a number, 0, negative or huge), or null. */
    public String add(Food food, String amountText, UnitChoice unit) {
        if (food == null) {
            return Messages.get("plan.chooseFood");
        }
        TypedNumber typed = Numbers.typed(amountText, Messages.get("plan.column.amount"));
        if (typed.problem().isPresent()) {
            return typed.problem().get();
        }
        double amount = typed.value().orElse(Double.NaN);
        double max = unit.unit() == PlanUnit.GRAMS ? MAX_GRAMS : MAX_SERVINGS;
        if (!(amount > 0) || amount > max) {
            return Messages.get(unit.unit() == PlanUnit.GRAMS ? "plan.amount.grams"
                    : "plan.amount.servings", String.format("%,d", (long) max));
        }
        items.add(new DayPlan.Item(food.id(), food.name(), amount, unit.unit(), unit.portionLabel(),
                unit.portionGrams()));
        return null;
    }

    public void remove(int index) {
        if (index >= 0 && index < items.size()) {
            items.remove(index);
        }
    }

    /** Starts an empty plan for today. */
    public void newPlan() {
        currentId = null;
        name.set("");
        date.set(LocalDate.now());
        items.clear();
        dirty.set(false);
    }

    public void open(DayPlan plan) {
        currentId = plan.id();
        name.set(plan.name());
        date.set(plan.date());
        items.setAll(plan.items());
        dirty.set(false);
    }

    public DayPlan toPlan() {
        return new DayPlan(currentId, name.get(), date.get(), List.copyOf(items));
    }

    public Long currentId() {
        return currentId;
    }

    /** After a save: the stored plan becomes the current one and the list is refreshed. */
    public void saved(DayPlan plan, List<DayPlan> all) {
        saved.setAll(all);
        open(plan);
    }

    private void recompute() {
        Catalog c = catalog.get();
        if (c == null) {
            totals.set(null);
            weekly.set(null);
            return;
        }
        CountedForms counted = target.get() == null ? CountedForms.TOTAL_K : target.get().counted();
        totals.set(PlanTotals.of(toPlan(), c, counted));
        weekly.set(WeeklyK1.of(saved, c, date.get() == null ? LocalDate.now() : date.get()));
    }
}
