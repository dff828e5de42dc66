package k2explorer.mine.foods;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import k2explorer.catalog.KForm;
import k2explorer.export.SpreadsheetCells;
import k2explorer.i18n.Messages;
import k2explorer.i18n.Numbers;
import k2explorer.mine.store.UserDataException;
import k2explorer.mine.store.UserDataStore;
import k2explorer.storage.AtomicFile;

/**
 * Imports and exports the user's foods as CSV, so that an export imports back to the same foods. The file is read
 * as {@link ImportCsv} describes, one food per record; columns: {@code name} and {@code source} (required),
 * {@code group}, one column per vitamin K form named as in the app ({@code K1}, {@code MK-4} … {@code MK-13}, µg per
 * 100 g, empty = not measured), {@code portion} and {@code portion_grams}, and {@code more_portions}
 * ({@code label=grams|label=grams}, a label's own {@code |} and {@code \} written {@code \|} and {@code \\}).
 * Every line is checked before anything is saved; the import is all-or-nothing.
 */
public final class MyFoodCsv {
    static final String NAME = "name";
    static final String SOURCE = "source";
    static final String GROUP = "group";
    static final String PORTION = "portion";
    static final String PORTION_GRAMS = "portion_grams";
    static final String MORE_PORTIONS = "more_portions";
    /** The food's stable id ({@code my:…}, as plan files name it), so plans that use it still find it after a move. */
    static final String ID = "id";
    private static final List<String> OTHER_COLUMNS = List.of(NAME, SOURCE, GROUP, PORTION, PORTION_GRAMS,
            MORE_PORTIONS, ID);

    private MyFoodCsv() {
    }

    /** Reads and checks a whole file without saving anything. */
    public static ImportOutcome<MyFood> parse(byte[] bytes, Set<String> existingNamesLowerCase) {
        return parse(bytes, existingNamesLowerCase, Set.of());
    }

    /**
     * Reads and checks a whole file without saving anything; {@code existingIds} are the ids of the user's foods,
     * which a food in the file may not take (a file without the {@code id} column gets new ids).
     */
    public static ImportOutcome<MyFood> parse(byte[] bytes, Set<String> existingNamesLowerCase,
                                              Set<String> existingIds) {
        return parse(bytes, existingNamesLowerCase, existingIds, Set.of());
    }

    /**
     * As {@link #parse(byte[], Set, Set)}, where {@code unreadNameKeys}, among the existing names, are held by foods
     * this version cannot read: the user cannot see or delete those, so their message asks only for a new name.
     */
    public static ImportOutcome<MyFood> parse(byte[] bytes, Set<String> existingNamesLowerCase,
                                              Set<String> existingIds, Set<String> unreadNameKeys) {
        List<ImportProblem> problems = new ArrayList<>();
        ImportCsv csv = ImportCsv.read(bytes, problems);
        if (csv.header() == null) {
            return ImportOutcome.stopped(problems);
        }
        Map<String, Integer> columns = csv.columns(MyFoodCsv::columnKey, List.of(NAME, SOURCE),
                Messages.get("import.unknownColumn"), problems);
        Map<KForm, Integer> formColumns = new EnumMap<>(KForm.class);
        for (KForm f : KForm.values()) {
            if (columns.containsKey(f.code())) {
                formColumns.put(f, columns.get(f.code()));
            }
        }
        long headerLine = csv.header().line();
        if (formColumns.isEmpty()) {
            problems.add(new ImportProblem(headerLine, "", Messages.get("import.noFormColumn")));
        }
        if (!columns.containsKey(NAME) || !columns.containsKey(SOURCE) || formColumns.isEmpty()) {
            return ImportOutcome.stopped(problems);
        }
        List<MyFood> foods = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        Map<String, Long> seenIds = new HashMap<>();
        for (ImportCsv.Row row : csv.rows()) {
            int before = problems.size();
            MyFood food = food(row, columns, formColumns, csv.separator(), problems);
            if (problems.size() > before) {
                continue;
            }
            if (columns.containsKey(ID) && !row.get(columns.get(ID)).isEmpty()) {
                Long earlierId = seenIds.putIfAbsent(food.id(), row.line());
                if (earlierId != null) {
                    problems.add(new ImportProblem(row.line(), ID, Messages.get("import.idTwice",
                            String.valueOf(earlierId))));
                    continue;
                }
                if (existingIds.contains(food.id())) {
                    problems.add(new ImportProblem(row.line(), ID, Messages.get("import.idTaken",
                            Messages.clip(MyFood.ID_PREFIX + food.id()))));
                    continue;
                }
            }
            String key = MyFoodRules.nameKey(food.name());
            Long earlier = seen.putIfAbsent(key, row.line());
            if (earlier != null) {
                problems.add(new ImportProblem(row.line(), NAME, Messages.get("import.duplicateInFile",
                        food.name().trim(), String.valueOf(earlier))));
            } else if (existingNamesLowerCase.contains(key)) {
                problems.add(new ImportProblem(row.line(), NAME, Messages.get(unreadNameKeys.contains(key)
                        ? "import.existingUnread" : "import.existing", food.name().trim())));
            } else {
                foods.add(food);
            }
        }
        return csv.outcome(foods, problems, Messages.get("import.noFoods"));
    }

    /** The column a header cell names: a form's label for a vitamin K column, else one of the other names. */
    private static String columnKey(String header) {
        KForm form = form(header);
        if (form != null) {
            return form.code();
        }
        String key = header.toLowerCase(Locale.ROOT);
        return OTHER_COLUMNS.contains(key) ? key : null;
    }

    /** Saves every food of a checked file in one transaction; nothing is saved if anything fails. */
    public static int importInto(UserDataStore store, ImportOutcome<MyFood> parsed) {
        if (!parsed.ok()) {
            throw new UserDataException(Messages.get("import.refused", parsed.problems().size()));
        }
        return store.write(Messages.get("store.what.importedFoods", parsed.items().size()), c -> {
            Set<String> names = TakenNames.in(c, TakenNames.FOODS, null);
            Set<String> ids = MyFoods.ids(c);
            for (MyFood food : parsed.items()) {
                if (!names.add(MyFoodRules.nameKey(food.name())) || !ids.add(food.id())) {
                    throw new UserDataException(Messages.get("import.race", food.name()));
                }
                MyFoods.upsert(c, food);
            }
            return parsed.items().size();
        });
    }

    private static MyFood food(ImportCsv.Row row, Map<String, Integer> columns, Map<KForm, Integer> formColumns,
                               char separator, List<ImportProblem> problems) {
        long line = row.line();
        Map<KForm, Double> values = new EnumMap<>(KForm.class);
        for (Map.Entry<KForm, Integer> e : formColumns.entrySet()) {
            String text = row.get(e.getValue());
            if (text.isEmpty()) {
                continue;
            }
            Double value = k2explorer.i18n.Numbers.fromFile(text, separator);
            String problem = value == null ? Messages.get("import.notANumber", Messages.clip(text))
                    : value == 0 && MyFoodRules.writtenAsNonZero(text) ? Messages.get("rule.amount.tiny",
                            Numbers.shown(MyFoodRules.MIN_MICROGRAMS_PER_100G, 3))
                    : MyFoodRules.amountProblem(value);
            if (problem != null) {
                problems.add(new ImportProblem(line, e.getKey().code(), problem));
            } else {
                values.put(e.getKey(), value);
            }
        }
        List<MyFood.MyPortion> portions = new ArrayList<>();
        String portion = row.get(columns.get(PORTION));
        String grams = row.get(columns.get(PORTION_GRAMS));
        if (!portion.isEmpty() || !grams.isEmpty()) {
            addPortion(portion, grams, separator, line, PORTION_GRAMS, portions, problems);
        }
        for (String part : portionList(row.get(columns.get(MORE_PORTIONS)))) {
            int eq = part.lastIndexOf('=');
            if (eq < 0) {
                problems.add(new ImportProblem(line, MORE_PORTIONS, Messages.get("import.morePortions",
                        Messages.clip(part))));
            } else {
                addPortion(part.substring(0, eq).trim(), part.substring(eq + 1).trim(), separator, line,
                        MORE_PORTIONS, portions, problems);
            }
        }
        String id = row.get(columns.get(ID));
        if (id.startsWith(MyFood.ID_PREFIX)) {
            id = id.substring(MyFood.ID_PREFIX.length());
        }
        MyFood food = new MyFood(id.isEmpty() ? UUID.randomUUID().toString() : id, row.get(columns.get(NAME)),
                row.get(columns.get(GROUP)), row.get(columns.get(SOURCE)), values, portions);
        for (FieldProblem p : MyFoodRules.check(food, Set.of())) {
            // Portions were checked above, against the column they came from.
            if (!p.field().equals(FieldProblem.PORTION)) {
                problems.add(new ImportProblem(line, p.field(), ImportProblem.asReason(p.message())));
            }
        }
        if (values.isEmpty() && formColumns.values().stream().allMatch(i -> row.get(i).isEmpty())) {
            problems.add(new ImportProblem(line, "", Messages.get("import.noAmount")));
        }
        return food;
    }

    private static void addPortion(String label, String gramsText, char separator, long line, String column,
                                   List<MyFood.MyPortion> portions, List<ImportProblem> problems) {
        Double grams = k2explorer.i18n.Numbers.fromFile(gramsText, separator);
        String labelColumn = column.equals(PORTION_GRAMS) ? PORTION : column;
        String labelProblem = MyFoodRules.textProblem(label, MyFoodRules.MAX_LABEL_LENGTH);
        if (label.isEmpty()) {
            problems.add(new ImportProblem(line, labelColumn, Messages.get("import.portionName")));
        } else if (labelProblem != null) {
            problems.add(new ImportProblem(line, labelColumn, ImportProblem.asReason(labelProblem)));
        } else if (grams == null) {
            problems.add(new ImportProblem(line, column, Messages.get("import.notGrams",
                    Messages.clip(gramsText))));
        } else if (!(grams > 0) || grams > MyFoodRules.MAX_PORTION_GRAMS) {
            problems.add(new ImportProblem(line, column, Messages.get("import.portionWeight",
                    Numbers.shown(MyFoodRules.MAX_PORTION_GRAMS))));
        } else {
            portions.add(new MyFood.MyPortion(label, grams));
        }
    }

    /**
     * The parts of a {@code more_portions} cell: split at {@code |}; a label's own {@code |} and {@code \} are
     * written {@code \|} and {@code \\}, and any other backslash is kept as it is.
     */
    static List<String> portionList(String cell) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length() && (cell.charAt(i + 1) == '|' || cell.charAt(i + 1) == '\\')) {
                part.append(cell.charAt(++i));
            } else if (c == '|') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        // An empty part ("a=1|" or "a=1||b=2") adds nothing and is not worth refusing a file for.
        parts.removeIf(String::isBlank);
        return parts;
    }

    private static String portionListEntry(MyFood.MyPortion p) {
        return p.label().replace("\\", "\\\\").replace("|", "\\|") + "="
                + k2explorer.i18n.Numbers.file(p.grams());
    }

    private static KForm form(String header) {
        String h = header.trim();
        for (KForm f : KForm.values()) {
            if (f.code().equalsIgnoreCase(h) || f.name().equalsIgnoreCase(h)) {
                return f;
            }
        }
        return null;
    }

    /** Writes foods in the import format, so an export can be imported again. */
    public static void export(List<MyFood> foods, Path target) throws IOException {
        AtomicFile.writeText(target, w -> {
            write(foods, w);
            return null;
        });
    }

    private static void write(List<MyFood> foods, Writer w) throws IOException {
        List<KForm> forms = foods.stream().flatMap(f -> f.per100g().keySet().stream()).distinct().sorted().toList();
        try (CsvWriter csv = CsvWriter.builder().build(w)) {
            List<String> header = new ArrayList<>(List.of(NAME, GROUP, SOURCE));
            forms.forEach(f -> header.add(f.code()));
            header.addAll(List.of(PORTION, PORTION_GRAMS, MORE_PORTIONS, ID));
            csv.writeRecord(SpreadsheetCells.neutralised(header));
            for (MyFood food : foods) {
                List<String> row = new ArrayList<>(List.of(food.name(), food.group(), food.sourceText()));
                for (KForm f : forms) {
                    Double v = food.per100g().get(f);
                    row.add(v == null ? "" : k2explorer.i18n.Numbers.file(v));
                }
                List<MyFood.MyPortion> ps = food.portions();
                row.add(ps.isEmpty() ? "" : ps.get(0).label());
                row.add(ps.isEmpty() ? "" : k2explorer.i18n.Numbers.file(ps.get(0).grams()));
                row.add(String.join("|", ps.stream().skip(1).map(MyFoodCsv::portionListEntry).toList()));
                row.add(food.catalogId());
                csv.writeRecord(SpreadsheetCells.neutralised(row));
            }
        }
    }
}
