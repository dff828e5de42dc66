package k2explorer.ui.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import k2explorer.catalog.AmountRange;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.coverage.CountedForms;
import k2explorer.coverage.DailyTarget;
import k2explorer.i18n.Dates;
import k2explorer.i18n.Messages;
import k2explorer.i18n.Numbers;
import k2explorer.i18n.TypedNumber;
import k2explorer.mine.plans.DayPlan;
import k2explorer.mine.plans.PlanTotals;
import k2explorer.mine.plans.PlanUnit;
import k2explorer.mine.plans.WeeklyK1;
import k2explorer.ui.common.AmountFormat;

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
    private final ObjectProperty<LocalDate> week = new SimpleObjectProperty<>(LocalDate.now());
    private final ReadOnlyObjectWrapper<Long> currentId = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper dateProblem = new ReadOnlyStringWrapper("");
    private final Supplier<LocalDate> today;

    public PlanViewModel() {
        this(LocalDate::now);
    }

    /** @param today what today is (tests fix it) */
    public PlanViewModel(Supplier<LocalDate> today) {
        this.today = today;
        date.set(today.get());
        week.set(today.get());
        InvalidationListener recompute = obs -> recompute();
        items.addListener(recompute);
        catalog.addListener(recompute);
        target.addListener(recompute);
        week.addListener(recompute);
        saved.addListener(recompute);
        // The week shown follows the plan's date; previous/next week move it without changing the plan.
        date.addListener((obs, o, n) -> {
            if (n != null) {
                week.set(n);
            }
            checkDate();
        });
        InvalidationListener changed = obs -> dirty.set(true);
        items.addListener(changed);
        name.addListener(changed);
        date.addListener(changed);
        dirty.set(false);
        checkDate();
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

    public void previousWeek() {
        week.set(week.get().minusWeeks(1));
    }

    public void nextWeek() {
        week.set(week.get().plusWeeks(1));
    }

    /** The week as table rows: day, date, plans, K1 µg (as the chart's bar, rounded alike) and the day's state. */
    public List<WeekRow> weekRows() {
        WeeklyK1 w = weekly.get();
        if (w == null) {
            return List.of();
        }
        List<WeekRow> rows = new ArrayList<>();
        for (WeeklyK1.Day day : w.days()) {
            String k1;
            String state;
            if (day.k1Micrograms() != null) {
                k1 = (day.partial() ? "≥ " : "") + k1Text(day);
                state = Messages.get(day.partial() ? "plan.week.state.partial" : "plan.week.state.planned");
            } else {
                k1 = AmountFormat.NOT_MEASURED;
                state = Messages.get(day.emptyPlans().isEmpty() ? "plan.week.noPlan" : "plan.week.state.empty");
            }
            List<String> names = new ArrayList<>(day.plans());
            names.addAll(day.emptyPlans());
            rows.add(new WeekRow(DateTimeFormatter.ofPattern("EEEE", Numbers.locale()).format(day.date()),
                    Dates.shown(day.date()), String.join(", ", names), k1, state));
        }
        return rows;
    }

    /** K1 of a planned day as the week shows it everywhere: the chart's bar, rounded to whole µg. */
    public static String k1Text(WeeklyK1.Day day) {
        AmountRange k1 = day.k1Micrograms();
        return k1.isSpread() ? Numbers.shown(k1.low(), 0) + Numbers.SPREAD + Numbers.shown(k1.high(), 0)
                : Numbers.shown(k1.low(), 0);
    }

    /** One line of the week table. */
    public record WeekRow(String day, String date, String plans, String k1, String state) {
    }

    /** The id of the saved plan being edited (null for a new plan). */
    public ReadOnlyObjectProperty<Long> currentIdProperty() {
        return currentId.getReadOnlyProperty();
    }

    /** Why the plan's date is doubtful (none, or far from today: a typing slip like year 20261); "" when fine. */
    public ReadOnlyStringProperty dateProblemProperty() {
        return dateProblem.getReadOnlyProperty();
    }

    private void checkDate() {
        LocalDate d = date.get();
        dateProblem.set(d == null || Dates.plausible(d, today.get()) ? ""
                : Messages.get("plan.date.far", Dates.shown(d), Dates.PLAUSIBLE_YEARS));
    }

    /** Adds a food; returns why it was not added (an amount that is not a number, 0, negative or huge), or null. */
    public String add(Food food, String amountText, UnitChoice unit) {
        if (food == null) {
            return Messages.get("plan.chooseFood");
        }
        if (unit == null) {
            return Messages.get("plan.chooseUnit");
        }
        if (unit.unit() != PlanUnit.GRAMS && !UnitChoice.of(food).contains(unit)) {
            return Messages.get("plan.unit.notForFood", food.name(), unit.portionLabel());
        }
        TypedNumber typed = Numbers.typed(amountText, Messages.get("plan.column.amount"));
        if (typed.problem().isPresent()) {
            return typed.problem().get();
        }
        double amount = typed.value().orElse(Double.NaN);
        double max = unit.unit() == PlanUnit.GRAMS ? MAX_GRAMS : MAX_SERVINGS;
        if (!(amount > 0) || amount > max) {
            return Messages.get(unit.unit() == PlanUnit.GRAMS ? "plan.amount.grams"
                    : "plan.amount.servings", Numbers.shown(max, 0));
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
        currentId.set(null);
        name.set("");
        date.set(today.get());
        items.clear();
        dirty.set(false);
    }

    public void open(DayPlan plan) {
        currentId.set(plan.id());
        name.set(plan.name());
        date.set(plan.date());
        items.setAll(plan.items());
        dirty.set(false);
    }

    public DayPlan toPlan() {
        return new DayPlan(currentId.get(), name.get(), date.get(), List.copyOf(items));
    }

    public Long currentId() {
        return currentId.get();
    }

    /**
     * After a save of {@code asked} (the plan as it was when Save was clicked) finished as {@code stored}: the list
     * is refreshed, and the editor is marked clean only if it still holds exactly what was saved. Edits made while
     * the save waited (behind an import or a backup) stay in the editor, unsaved; a new plan keeps the id it was
     * stored under, so saving again updates it rather than adding a copy.
     */
    public void savedAs(DayPlan asked, DayPlan stored, List<DayPlan> all) {
        if (!Objects.equals(currentId.get(), asked.id())) {
            saved.setAll(all);
            return;
        }
        boolean unchanged = toPlan().equals(asked);
        currentId.set(stored.id());
        saved.setAll(all);
        if (unchanged) {
            dirty.set(false);
        }
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
        weekly.set(WeeklyK1.of(saved, c, week.get() == null ? today.get() : week.get()));
    }
}
