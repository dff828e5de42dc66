package k2explorer.ui.foods;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import k2explorer.catalog.Basis;
import k2explorer.catalog.FamilyCell;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodFamily;
import k2explorer.catalog.FormTotal;
import k2explorer.catalog.KForm;
import k2explorer.catalog.Portion;
import k2explorer.catalog.SearchText;
import k2explorer.coverage.CountedForms;

/**
 * One line of the Foods table, immutable: a catalog food with its search key and per-100 g column amounts worked out
 * once. A family row stands for a food as every source gives it: its columns show the spread across the sources,
 * and which member stands for the family in a column or under a target is decided by one rule ({@link FamilyCell}),
 * for the table, chart, Compare, detail pane and exports alike. The portion a row is shown with lives in
 * {@link PortionChoices}, never in the row.
 */
public final class FoodRow {
    static final String FAMILY_KEY = "family:";
    private static final FoodColumn[] COLUMNS = FoodColumn.values();
    private static final CountedForms[] COUNTED = CountedForms.values();
    /** Marks an amount worked out and found missing, in {@link #kept}. */
    private static final Object MISSING = new Object();
    /** Each amount column's place in {@link #kept} (by the column's ordinal; -1 for other columns). */
    private static final int[] AMOUNT_SLOT = new int[COLUMNS.length];
    private static final int AMOUNT_SLOTS;

    static {
        int slots = 0;
        for (FoodColumn column : COLUMNS) {
            AMOUNT_SLOT[column.ordinal()] = column.isAmount() ? slots++ : -1;
        }
        AMOUNT_SLOTS = slots;
    }
    /** Where the cells sit in {@link #kept}, after the amounts per 100 g. */
    private static final int CELLS = AMOUNT_SLOTS;
    private static final int KEPT = CELLS + COLUMNS.length + COUNTED.length;

    /*
     * Ten thousand rows are made at every start, so a row holds few fields: a family row's own part sits in an object
     * of its own, and what is worked out when first asked for in arrays made then.
     */
    private final Food food;
    /** The family's part of a family row; null for a row of one food. */
    private final Family family;
    /**
     * The search words of a row of one food's own names, or null when they are plain ASCII (nearly all: a search then
     * reads the names as they are, and ten thousand rows keep no copy of them); for a family row, all it says.
     */
    private final String searchKey;
    private final Shared shared;
    /** Left out of "richest first" orders: every one of the row's foods is (worked out once, read by every sort). */
    private final boolean excluded;
    /*
     * Worked out when first asked for and kept, so start-up makes only what the first screen of rows reads (a table
     * of 10,000 rows held ~5 MiB of figures it never showed; a sort reads each row's number once and keeps none):
     * per amount column the amount per 100 g of a row of one food, and per column or counted forms what stands for
     * the row; apart from them, the sort texts of the name, group and sources.
     */
    private Object[] kept;
    private String[] textKeys;

    /** A family row's family, its foods and the food whose portions it offers. */
    private record Family(FoodFamily family, List<Food> members, Food portionFood) {
    }

    /**
     * What rows of one food share: their sources' labels, and the search words of those labels and of the food's
     * group. A few hundred of them stand for ten thousand rows, whose own search keys then hold only their names.
     */
    private record Shared(String sourceLabels, String searchKey) {
        static Shared of(String sourceLabels, String group) {
            return new Shared(sourceLabels, SearchText.normalise(sourceLabels + ' ' + group));
        }
    }

    /**
     * Makes the rows of one catalog's foods, rows of the same sources sharing one copy of their labels and rows of the
     * same sources and group one copy of those search words ({@link Shared}). Kept only while the rows are made: what
     * they share is the catalog's rows' alone, and goes with them when the catalog is reloaded.
     */
    static final class RowMaker {
        /** Per source labels, what the rows of each group with those labels share. */
        private final Map<String, Map<String, Shared>> bySources = new HashMap<>();

        FoodRow row(Food food, String sourceLabels) {
            String group = String.valueOf(food.group());
            Map<String, Shared> byGroup = bySources.get(sourceLabels);
            if (byGroup == null) {
                byGroup = new HashMap<>();
                bySources.put(sourceLabels, byGroup);
            }
            Shared shared = byGroup.get(group);
            if (shared == null) {
                // The labels' first copy, whichever group first used them.
                String labels = byGroup.isEmpty() ? sourceLabels : byGroup.values().iterator().next().sourceLabels();
                shared = Shared.of(labels, group);
                byGroup.put(group, shared);
            }
            return new FoodRow(food, shared);
        }
    }

    public FoodRow(Food food, String sourceLabels) {
        this(food, Shared.of(sourceLabels, String.valueOf(food.group())));
    }

    private FoodRow(Food food, Shared shared) {
        this(food, null, List.of(), shared, food);
    }

    /**
     * The row of a whole family. It stands on the member that stands for the family's total vitamin K (by the one
     * rule), else on its first member not left out of rankings: that member's portions and detail are the row's.
     */
    static FoodRow family(FoodFamily family, List<Food> members, String sourceLabels) {
        Food standIn = FamilyCell.standIn(members);
        return new FoodRow(standIn, family, members, new Shared(sourceLabels, ""),
                FamilyCell.portionsOf(members, standIn));
    }

    private FoodRow(Food food, FoodFamily family, List<Food> members, Shared shared, Food portionFood) {
        this.food = food;
        this.family = family == null ? null : new Family(family, List.copyOf(members), portionFood);
        // The row's name, its sources, and each food's name, group and other names. A search matches words by
        // their start, so a row of one food names its food once (its name is the food's): the same matches. Its
        // sources and group are words it shares with thousands of rows: kept once for all of them.
        this.shared = shared;
        if (family == null) {
            this.searchKey = SearchText.isAscii(food.name()) && SearchText.isAscii(food.otherNames()) ? null
                    : ownSearchKey(food);
            this.excluded = food.excludedFromRankings();
            return;
        }
        String sourceLabels = shared.sourceLabels();
        List<Food> foods = foods();
        int length = family.name().length() + 1 + sourceLabels.length();
        for (Food f : foods) {
            length += 3 + f.name().length() + String.valueOf(f.group()).length() + f.otherNames().length();
        }
        StringBuilder key = new StringBuilder(length).append(family.name()).append(' ').append(sourceLabels);
        boolean all = true;
        for (Food f : foods) {
            key.append(' ').append(f.name()).append(' ').append(f.group()).append(' ').append(f.otherNames());
            all &= f.excludedFromRankings();
        }
        this.searchKey = SearchText.normalise(key);
        this.excluded = all;
    }

    public Food food() {
        return food;
    }

    /**
     * What names this row across catalog reloads and restarts: the food id, or "family:" and the family id for a
     * family row (so a compared family stays a family).
     */
    public String key() {
        return family == null ? food.id() : FAMILY_KEY + family.family().id();
    }

    /**
     * The food whose household portions the row offers, and under whose id the chosen one is kept: the row's own
     * food, or for a family the member it stands on when that one has portions, else another member that has some.
     */
    public Food portionFood() {
        return family == null ? food : family.portionFood();
    }

    /** The family this row stands for, or null for a row of one food. */
    public FoodFamily family() {
        return family == null ? null : family.family();
    }

    /** The family's foods (every source), or just this row's food. */
    public List<Food> foods() {
        return family == null || family.members().isEmpty() ? List.of(food) : family.members();
    }

    /** A family row's foods; empty for a row of one food. */
    private List<Food> members() {
        return family == null ? List.of() : family.members();
    }

    /** What the Food column shows: the family's name, or the food's. */
    public String name() {
        return family == null ? food.name() : family.family().name();
    }

    /**
     * The row's name with the source(s) it comes from — "Natto (USDA SR 2018)", "Natto (3 sources: …)" — for every
     * place a food is named outside the Foods table (pickers, Compare, plans, print, chart labels).
     */
    public String nameWithSource() {
        return k2explorer.catalog.FoodNames.named(name(), sourceLabels());
    }

    public String group() {
        return food.group();
    }

    /** True when any of the row's foods is in the group. */
    boolean inGroup(String group) {
        List<Food> members = members();
        if (members.isEmpty()) {
            return group.equals(food.group());
        }
        for (Food f : members) {
            if (group.equals(f.group())) {
                return true;
            }
        }
        return false;
    }

    boolean hasForm(KForm form) {
        List<Food> members = members();
        if (members.isEmpty()) {
            return food.hasForm(form);
        }
        for (Food f : members) {
            if (f.hasForm(form)) {
                return true;
            }
        }
        return false;
    }

    boolean hasMeasuredK2() {
        List<Food> members = members();
        if (members.isEmpty()) {
            return food.hasMeasuredK2();
        }
        for (Food f : members) {
            if (f.hasMeasuredK2()) {
                return true;
            }
        }
        return false;
    }

    /** Left out of "richest first" orders by default: a fortified, experimental or special product. */
    boolean excludedFromRankings() {
        return excluded;
    }

    /** A food with no vitamin K value of its own, only totals reported in other terms: listed after the others. */
    boolean reportedOnly() {
        return family == null && food.values().isEmpty() && !food.reportedMeasures().isEmpty();
    }
    /** All of the row's search words: its name, sources and foods (names, groups, other names). */
    public String searchKey() {
        String own = searchKey != null ? searchKey : ownSearchKey(food);
        return shared.searchKey().isEmpty() ? own : shared.searchKey() + own.substring(1);
    }

    private static String ownSearchKey(Food food) {
        return SearchText.normalise(food.otherNames().isEmpty() ? food.name() : food.name() + ' ' + food.otherNames());
    }

    /** Whether every word of the query begins a word of the row's {@link #searchKey()} (without making it). */
    boolean matches(SearchText.Query query) {
        return searchKey != null ? query.matches(searchKey, shared.searchKey())
                : query.matchesAscii(food.name(), food.otherNames(), shared.searchKey());
    }

    public String sourceLabels() {
        return shared.sourceLabels();
    }

    /**
     * How a text column sorts: case, accents and punctuation ignored (as in the search), the exact text breaking
     * ties. Worked out on first use and kept.
     */
    synchronized String textKey(FoodColumn column) {
        int index = switch (column) {
            case NAME -> 0;
            case GROUP -> 1;
            case SOURCES -> 2;
            default -> throw new IllegalArgumentException(column + " is not a text column");
        };
        if (textKeys == null) {
            textKeys = new String[3];
        }
        if (textKeys[index] == null) {
            textKeys[index] = sortText(index == 0 ? name() : index == 1 ? group() : sourceLabels());
        }
        return textKeys[index];
    }

    /** What the row keeps once worked out (made on first use; call while holding the row's lock). */
    private Object[] kept() {
        if (kept == null) {
            kept = new Object[KEPT];
        }
        return kept;
    }

    private static String sortText(String text) {
        return SearchText.normalise(text).trim() + "\u0000" + text;
    }

    /**
     * What stands for this row under a target's counted forms: the value and the member it comes from, by the one
     * family rule (a row of one food stands on that food). Worked out once per row and kind.
     */
    public Optional<FamilyCell> countedCell(CountedForms forms) {
        return keptCell(COLUMNS.length + forms.ordinal());
    }

    /** The amount per 100 g of the forms a target counts: the standing member's (see {@link #countedCell}). */
    public Optional<FormTotal> counted(CountedForms forms) {
        return countedCell(forms).map(FamilyCell::best);
    }

    /** What stands for this row in an amount column: the value and the member it comes from. */
    public Optional<FamilyCell> cell(FoodColumn column) {
        return keptCell(column.ordinal());
    }

    /** A column's cell (index: the column's ordinal) or counted forms' (after the columns), made once. */
    @SuppressWarnings("unchecked")
    private synchronized Optional<FamilyCell> keptCell(int index) {
        Object[] all = kept();
        Optional<FamilyCell> cell = (Optional<FamilyCell>) all[CELLS + index];
        if (cell == null) {
            cell = index < COLUMNS.length ? FamilyCell.of(foods(), COLUMNS[index]::per100g)
                    : FamilyCell.of(foods(), COUNTED[index - COLUMNS.length]::per100g);
            all[CELLS + index] = cell;
        }
        return cell;
    }

    /** The amount per 100 g of a row of one food in an amount column (null when not measured), kept once made. */
    private synchronized FormTotal per100g(FoodColumn column) {
        if (food.values().isEmpty()) {
            return null;
        }
        Object[] all = kept();
        int slot = AMOUNT_SLOT[column.ordinal()];
        Object total = all[slot];
        if (total == null) {
            total = column.per100g(food).<Object>map(t -> t).orElse(MISSING);
            all[slot] = total;
        }
        return total == MISSING ? null : (FormTotal) total;
    }

    /** True once the row keeps worked-out figures (for tests). */
    synchronized boolean keepsFigures() {
        return kept != null;
    }

    /** {@link #per100g} if already kept, else worked out and not kept (for sorts, which read each row once). */
    private FormTotal per100gOnce(FoodColumn column) {
        if (food.values().isEmpty()) {
            return null;
        }
        synchronized (this) {
            Object total = kept == null ? null : kept[AMOUNT_SLOT[column.ordinal()]];
            if (total != null) {
                return total == MISSING ? null : (FormTotal) total;
            }
        }
        return column.per100g(food).orElse(null);
    }

    /**
     * What the row sorts by in an amount column per 100 g: the {@link ColumnValue#sortKey()} of
     * {@code value(column, Basis.PER_100G, portion)} (NaN when not measured), worked out without making the value.
     */
    double per100gSortKey(FoodColumn column) {
        if (family != null) {
            Optional<FamilyCell> cell = cell(column);
            return cell.isEmpty() ? Double.NaN : ColumnValue.sortKey(cell.get().best().amount());
        }
        FormTotal total = per100gOnce(column);
        return total == null ? Double.NaN : ColumnValue.sortKey(total.amount());
    }

    /** The amount of one form per 100 g that stands for the row (by the one rule), and from which member. */
    public Optional<FamilyCell> form(KForm form) {
        return FamilyCell.of(foods(), f -> f.amount(form).map(a -> FormTotal.single(form, a)));
    }

    /**
     * The amount a numeric column shows on a basis with the row's portion; empty when not measured or the basis
     * cannot apply.
     */
    public Optional<ColumnValue> value(FoodColumn column, Basis basis, Portion portion) {
        if (family != null) {
            return familyValue(column, basis, portion);
        }
        FormTotal total = column.isAmount() ? per100g(column) : null;
        if (total == null) {
            return Optional.empty();
        }
        OptionalDouble factor = basis.factor(food, portion);
        if (factor.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ColumnValue.amount(total.amount().times(factor.getAsDouble()), total.partial(),
                total.includedForms(), total.notDetected()));
    }

    /**
     * The spread of the family's sources on the basis (each source on its own energy for per-100 kcal; the row's
     * serving for per serving), sorted by the best-supported source's value.
     */
    private Optional<ColumnValue> familyValue(FoodColumn column, Basis basis, Portion portion) {
        return FamilyCell.of(members(), f -> column.per100g(f).flatMap(t -> {
            OptionalDouble factor = basis.factor(f, portion);
            return factor.isEmpty() ? Optional.empty() : Optional.of(new FormTotal(t.amount().times(
                    factor.getAsDouble()), t.includedForms(), t.notDetected(), t.partial()));
        })).map(cell -> ColumnValue.family(cell.spread(), cell.partial(), cell.best(), cell.bestFood(),
                cell.sources()));
    }

    /**
     * Empty only because every value the row's foods have for the column's forms is unpublished (e.g. values the
     * compiler merged with its own analyses): shown as unpublished, never as "not measured". Covers single forms,
     * sums and family rows alike.
     */
    public boolean onlyUnpublished(FoodColumn column) {
        return onlyUnpublished(column.forms());
    }

    /** The same for any forms: at least one value among them, and every one of them unpublished. */
    public boolean onlyUnpublished(Set<KForm> forms) {
        boolean any = false;
        for (Food f : foods()) {
            for (KForm form : forms) {
                if (f.onlyUnpublished(form)) {
                    any = true;
                } else if (f.hasForm(form)) {
                    return false;
                }
            }
        }
        return any;
    }

    @Override
    public String toString() {
        return name();
    }
}
