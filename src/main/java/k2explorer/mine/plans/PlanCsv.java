package k2explorer.mine.plans;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.catalog.KForm;
import k2explorer.export.ValueCells;
import k2explorer.export.SpreadsheetCells;
import k2explorer.i18n.Dates;
import k2explorer.i18n.Messages;
import k2explorer.i18n.Numbers;
import k2explorer.mine.foods.ImportCsv;
import k2explorer.mine.foods.ImportOutcome;
import k2explorer.mine.foods.ImportProblem;
import k2explorer.mine.foods.MyFoodRules;
import k2explorer.storage.AtomicFile;

/**
 * Exports saved plans, one line per food: plan, date, food id and name, amount, unit ({@code grams} or
 * {@code servings}), portion and the grams of one portion, grams, and µg of K1, MK-4 and MK-7 (empty when the form
 * was not measured for that food, never 0). The same file imports back: the grams and µg columns are worked out
 * again from the catalog, so they are read over.
 */
public final class PlanCsv {
    static final String PLAN = "plan";
    static final String DATE = "date";
    static final String FOOD_ID = "food_id";
    static final String FOOD = "food";
    static final String AMOUNT = "amount";
    static final String UNIT = "unit";
    static final String PORTION = "portion";
    static final String PORTION_GRAMS = "portion_grams";
    static final String GRAMS = "grams";
    private static final double MAX_GRAMS = 100_000;
    private static final double MAX_SERVINGS = 1_000;

    private PlanCsv() {
    }

    private static List<String> columns() {
        List<String> header = new ArrayList<>(List.of(PLAN, DATE, FOOD_ID, FOOD, AMOUNT, UNIT, PORTION, PORTION_GRAMS,
                GRAMS));
        PlanTotals.SHOWN.forEach(f -> header.add(f.code() + "_ug"));
        return header;
    }

    public static int export(List<DayPlan> plans, Catalog catalog, Path target) throws IOException {
        return AtomicFile.writeText(target, w -> write(plans, catalog, w));
    }

    private static int write(List<DayPlan> plans, Catalog catalog, Writer w) throws IOException {
        int lines = 0;
        try (CsvWriter csv = CsvWriter.builder().build(w)) {
            csv.writeRecord(columns());
            for (DayPlan plan : plans) {
                for (DayPlan.Item item : plan.items()) {
                    List<String> row = new ArrayList<>(List.of(plan.name(), Dates.file(plan.date()),
                            item.foodId(), item.foodName(), Numbers.file(item.amount()),
                            item.unit().name().toLowerCase(Locale.ROOT),
                            item.portionLabel() == null ? "" : item.portionLabel(),
                            item.portionGrams() == null ? "" : Numbers.file(item.portionGrams()),
                            Numbers.file(item.grams(), 2)));
                    Optional<Food> food = catalog == null ? Optional.empty() : catalog.food(item.foodId());
                    for (KForm form : PlanTotals.SHOWN) {
                        row.add(food.flatMap(f -> f.amount(form))
                                .map(a -> ValueCells.amount(a.forGrams(item.grams()))).orElse(""));
                    }
                    csv.writeRecord(SpreadsheetCells.neutralised(row));
                    lines++;
                }
            }
        }
        return lines;
    }

    /**
     * Reads and checks a plan file without saving anything, with the rules of the foods import: every line is
     * checked, each problem names its line and column, and a plan whose name is already taken is refused, not
     * merged. Lines of one plan are gathered by its name wherever they stand; they must agree on the date.
     */
    public static ImportOutcome<DayPlan> parse(byte[] bytes, Set<String> existingPlanNameKeys) {
        return parse(bytes, existingPlanNameKeys, Set.of());
    }

    /**
     * As {@link #parse(byte[], Set)}, where {@code unreadPlanNameKeys}, among the existing names, are held by plans
     * this version cannot read: the user cannot see or delete those, so their message asks only for a new name.
     */
    public static ImportOutcome<DayPlan> parse(byte[] bytes, Set<String> existingPlanNameKeys,
                                               Set<String> unreadPlanNameKeys) {
        List<ImportProblem> problems = new ArrayList<>();
        ImportCsv csv = ImportCsv.read(bytes, problems);
        if (csv.header() == null) {
            return ImportOutcome.stopped(problems);
        }
        List<String> known = columns();
        Map<String, Integer> columns = csv.columns(h -> known.stream().filter(h::equalsIgnoreCase).findFirst()
                .orElse(null), List.of(PLAN, FOOD_ID, AMOUNT, UNIT), Messages.get("import.plan.unknownColumn"),
                problems);
        if (!columns.keySet().containsAll(List.of(PLAN, FOOD_ID, AMOUNT, UNIT))) {
            return ImportOutcome.stopped(problems);
        }
        Map<String, PlanLines> plans = new LinkedHashMap<>();
        for (ImportCsv.Row row : csv.rows()) {
            int before = problems.size();
            String name = text(row, columns, PLAN, problems);
            LocalDate date = date(row, columns, problems);
            DayPlan.Item item = item(row, columns, csv.separator(), problems);
            if (problems.size() > before) {
                continue;
            }
            String key = MyFoodRules.nameKey(name);
            PlanLines lines = plans.computeIfAbsent(key, k -> new PlanLines(name, date, row.line()));
            if (existingPlanNameKeys.contains(key)) {
                if (lines.firstLine == row.line()) {
                    problems.add(new ImportProblem(row.line(), PLAN, Messages.get(unreadPlanNameKeys.contains(key)
                            ? "import.plan.existingUnread" : "import.plan.existing", name)));
                }
            } else if (!java.util.Objects.equals(lines.date, date)) {
                problems.add(new ImportProblem(row.line(), DATE, Messages.get("import.plan.otherDate", lines.name,
                        lines.date == null ? "—" : Dates.file(lines.date), String.valueOf(lines.firstLine))));
            } else {
                lines.items.add(item);
            }
        }
        List<DayPlan> result = plans.values().stream()
                .map(p -> new DayPlan(null, p.name, p.date, p.items)).toList();
        return csv.outcome(result, problems, Messages.get("import.plan.none"));
    }

    private static final class PlanLines {
        final String name;
        final LocalDate date;
        final long firstLine;
        final List<DayPlan.Item> items = new ArrayList<>();

        PlanLines(String name, LocalDate date, long firstLine) {
            this.name = name;
            this.date = date;
            this.firstLine = firstLine;
        }
    }

    /** A required text column: present, and free of control characters. */
    private static String text(ImportCsv.Row row, Map<String, Integer> columns, String column,
                               List<ImportProblem> problems) {
        String text = row.get(columns.get(column));
        int limit = column.equals(FOOD_ID) ? MyFoodRules.MAX_ID_LENGTH : MyFoodRules.MAX_NAME_LENGTH;
        String problem = text.isEmpty() ? Messages.get("import.plan.empty")
                : MyFoodRules.textProblem(text, limit) == null ? null
                : ImportProblem.asReason(MyFoodRules.textProblem(text, limit));
        if (problem != null) {
            problems.add(new ImportProblem(row.line(), column, problem));
        }
        return text;
    }

    private static LocalDate date(ImportCsv.Row row, Map<String, Integer> columns, List<ImportProblem> problems) {
        String text = row.get(columns.get(DATE));
        try {
            LocalDate date = text.isEmpty() ? null : Dates.fromFile(text);
            String problem = DayPlan.dateProblem(date);
            if (problem != null) {
                problems.add(new ImportProblem(row.line(), DATE, ImportProblem.asReason(problem)));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(row.line(), DATE, Messages.get("import.plan.date",
                    Messages.clip(text))));
            return null;
        }
    }

    private static DayPlan.Item item(ImportCsv.Row row, Map<String, Integer> columns, char separator,
                                     List<ImportProblem> problems) {
        int before = problems.size();
        String foodId = text(row, columns, FOOD_ID, problems);
        String foodName = row.get(columns.get(FOOD)).isEmpty() ? foodId : text(row, columns, FOOD, problems);
        String unitText = row.get(columns.get(UNIT));
        PlanUnit unit = unit(unitText);
        if (unit == null) {
            problems.add(new ImportProblem(row.line(), UNIT, Messages.get("import.plan.unit",
                    Messages.clip(unitText))));
        }
        String amountText = row.get(columns.get(AMOUNT));
        Double amount = Numbers.fromFile(amountText, separator);
        double max = unit == PlanUnit.SERVINGS ? MAX_SERVINGS : MAX_GRAMS;
        if (amount == null || !(amount > 0) || amount > max) {
            problems.add(new ImportProblem(row.line(), AMOUNT, Messages.get("import.plan.amount",
                    Messages.clip(amountText), max)));
        }
        String label = row.get(columns.get(PORTION));
        String labelProblem = label.isEmpty() ? null : MyFoodRules.textProblem(label, MyFoodRules.MAX_LABEL_LENGTH);
        if (labelProblem != null) {
            problems.add(new ImportProblem(row.line(), PORTION, ImportProblem.asReason(labelProblem)));
        }
        Double portionGrams = portionGrams(row, columns, separator, unit, amount);
        if (portionGrams != null ? !(portionGrams > 0) || portionGrams > MAX_GRAMS
                : unit == PlanUnit.SERVINGS || !row.get(columns.get(PORTION_GRAMS)).isEmpty()) {
            problems.add(new ImportProblem(row.line(), PORTION_GRAMS, Messages.get("import.plan.portionGrams",
                    Numbers.shown(MAX_GRAMS))));
        }
        if (problems.size() > before) {
            return null;
        }
        return new DayPlan.Item(foodId, foodName, amount, unit, label.isEmpty() ? null : label, portionGrams);
    }

    /**
     * The grams of one portion: the {@code portion_grams} column, or for servings in a file without it (exports
     * before it was added) the grams of the line divided by the amount.
     */
    private static Double portionGrams(ImportCsv.Row row, Map<String, Integer> columns, char separator,
                                       PlanUnit unit, Double amount) {
        String text = row.get(columns.get(PORTION_GRAMS));
        if (!text.isEmpty()) {
            return Numbers.fromFile(text, separator);
        }
        Double grams = Numbers.fromFile(row.get(columns.get(GRAMS)), separator);
        return unit == PlanUnit.SERVINGS && !columns.containsKey(PORTION_GRAMS) && grams != null && amount != null
                && amount > 0 ? grams / amount : null;
    }

    /** {@code grams} or {@code servings} as exported, or the unit's name in the app's language ({@code g}). */
    static PlanUnit unit(String text) {
        for (PlanUnit u : PlanUnit.values()) {
            if (text.equalsIgnoreCase(u.name()) || text.equalsIgnoreCase(Messages.label(u))) {
                return u;
            }
        }
        return null;
    }
}
