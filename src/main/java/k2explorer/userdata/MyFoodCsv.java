package k2explorer.userdata;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import k2explorer.catalog.KForm;
import k2explorer.i18n.Messages;
import k2explorer.storage.AtomicFile;

/**
 * Imports and exports the user's foods as CSV. The file is UTF-8 with a comma or semicolon between fields and one
 * food per line; columns: {@code name} and {@code source} (required), {@code group}, one column per vitamin K form
 * named as in the app ({@code K1}, {@code MK-4} … {@code MK-13}, µg per 100 g, empty = not measured),
 * {@code portion} and {@code portion_grams}, and {@code more_portions} ({@code label=grams|label=grams}).
 * Every line is checked before anything is saved; the import is all-or-nothing.
 */
public final class MyFoodCsv {
    static final String NAME = "name";
    static final String SOURCE = "source";
    static final String GROUP = "group";
    static final String PORTION = "portion";
    static final String PORTION_GRAMS = "portion_grams";
    static final String MORE_PORTIONS = "more_portions";
    private static final List<String> OTHER_COLUMNS = List.of(NAME, SOURCE, GROUP, PORTION, PORTION_GRAMS,
            MORE_PORTIONS);

    private MyFoodCsv() {
    }

    /** What an import file holds: the foods it would add, or the problems that stop it. */
    public record Parsed(List<MyFood> foods, List<ImportProblem> problems, int dataLines) {
        public boolean ok() {
            return problems.isEmpty() && !foods.isEmpty();
        }
    }

    /** Reads and checks a whole file without saving anything. */
    public static Parsed parse(byte[] bytes, Set<String> existingNamesLowerCase) {
        List<ImportProblem> problems = new ArrayList<>();
        List<String> lines = decodeLines(bytes, problems);
        int headerIndex = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) != null && !lines.get(i).isBlank()) {
                headerIndex = i;
                break;
            }
        }
        if (headerIndex < 0) {
            problems.add(new ImportProblem(1, "", Messages.get("import.noHeader")));
            return new Parsed(List.of(), problems, 0);
        }
        String headerLine = lines.get(headerIndex);
        char separator = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
        List<String> header = fields(headerLine, separator, headerIndex + 1, problems);
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<KForm, Integer> formColumns = new EnumMap<>(KForm.class);
        if (header != null) {
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i).trim();
                String key = h.toLowerCase(Locale.ROOT);
                KForm form = form(h);
                if (form != null) {
                    putOnce(formColumns, form, i, headerIndex + 1, h, problems);
                } else if (OTHER_COLUMNS.contains(key)) {
                    putOnce(columns, key, i, headerIndex + 1, h, problems);
                } else {
                    problems.add(new ImportProblem(headerIndex + 1, h.isEmpty() ? "#" + (i + 1) : h,
                            Messages.get("import.unknownColumn")));
                }
            }
            for (String required : List.of(NAME, SOURCE)) {
                if (!columns.containsKey(required)) {
                    problems.add(new ImportProblem(headerIndex + 1, required, Messages.get("import.requiredMissing")));
                }
            }
            if (formColumns.isEmpty()) {
                problems.add(new ImportProblem(headerIndex + 1, "", Messages.get("import.noFormColumn")));
            }
        }
        if (header == null || columns.get(NAME) == null || columns.get(SOURCE) == null
                || formColumns.isEmpty()) {
            return new Parsed(List.of(), problems, 0);
        }
        List<MyFood> foods = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        int dataLines = 0;
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            long lineNo = i + 1;
            if (line == null) {
                dataLines++;
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            dataLines++;
            int before = problems.size();
            List<String> f = fields(line, separator, lineNo, problems);
            if (f == null) {
                continue;
            }
            if (f.size() != header.size()) {
                problems.add(new ImportProblem(lineNo, "", Messages.get(f.size() == 1 ? "import.fieldCount.one"
                        : "import.fieldCount", f.size(), header.size())));
                continue;
            }
            MyFood food = food(f, columns, formColumns, separator, lineNo, problems);
            if (food == null || problems.size() > before) {
                continue;
            }
            String key = food.name().trim().toLowerCase(Locale.ROOT);
            Long earlier = seen.putIfAbsent(key, lineNo);
            if (earlier != null) {
                problems.add(new ImportProblem(lineNo, NAME, Messages.get("import.duplicateInFile",
                        food.name().trim(), String.valueOf(earlier))));
            } else if (existingNamesLowerCase.contains(key)) {
                problems.add(new ImportProblem(lineNo, NAME, Messages.get("import.existing", food.name().trim())));
            } else {
                foods.add(food);
            }
        }
        if (dataLines == 0 && problems.isEmpty()) {
            problems.add(new ImportProblem(headerIndex + 1, "", Messages.get("import.noFoods")));
        }
        return new Parsed(problems.isEmpty() ? foods : List.of(), problems, dataLines);
    }

    /** Saves every food of a checked file in one transaction; nothing is saved if anything fails. */
    public static int importInto(UserDataStore store, Parsed parsed) {
        if (!parsed.ok()) {
            throw new UserDataException(Messages.get("import.refused", parsed.problems().size()));
        }
        return store.write(c -> {
            Set<String> names = MyFoods.namesExcept(c, null);
            for (MyFood food : parsed.foods()) {
                if (!names.add(food.name().trim().toLowerCase(Locale.ROOT))) {
                    throw new UserDataException(Messages.get("import.race", food.name()));
                }
                MyFoods.upsert(c, food);
            }
            return parsed.foods().size();
        });
    }

    private static MyFood food(List<String> f, Map<String, Integer> columns, Map<KForm, Integer> formColumns,
                               char separator, long line, List<ImportProblem> problems) {
        String name = f.get(columns.get(NAME)).trim();
        String source = f.get(columns.get(SOURCE)).trim();
        String group = columns.containsKey(GROUP) ? f.get(columns.get(GROUP)).trim() : "";
        Map<KForm, Double> values = new EnumMap<>(KForm.class);
        for (Map.Entry<KForm, Integer> e : formColumns.entrySet()) {
            String text = f.get(e.getValue()).trim();
            if (text.isEmpty()) {
                continue;
            }
            Double value = number(text, separator);
            String problem = value == null ? Messages.get("import.notANumber", shorten(text))
                    : MyFoodRules.amountProblem(value);
            if (problem != null) {
                problems.add(new ImportProblem(line, e.getKey().label(), problem));
            } else {
                values.put(e.getKey(), value);
            }
        }
        List<MyFood.MyPortion> portions = new ArrayList<>();
        String portion = columns.containsKey(PORTION) ? f.get(columns.get(PORTION)).trim() : "";
        String grams = columns.containsKey(PORTION_GRAMS) ? f.get(columns.get(PORTION_GRAMS)).trim() : "";
        if (!portion.isEmpty() || !grams.isEmpty()) {
            addPortion(portion, grams, separator, line, PORTION_GRAMS, portions, problems);
        }
        if (columns.containsKey(MORE_PORTIONS)) {
            String more = f.get(columns.get(MORE_PORTIONS)).trim();
            for (String part : more.isEmpty() ? new String[0] : more.split("\\|")) {
                int eq = part.lastIndexOf('=');
                if (eq < 0) {
                    problems.add(new ImportProblem(line, MORE_PORTIONS, Messages.get("import.morePortions",
                            shorten(part))));
                } else {
                    addPortion(part.substring(0, eq).trim(), part.substring(eq + 1).trim(), separator, line,
                            MORE_PORTIONS, portions, problems);
                }
            }
        }
        MyFood food = new MyFood(UUID.randomUUID().toString(), name, group, source, values, portions);
        for (FieldProblem p : MyFoodRules.check(food, Set.of())) {
            if (!p.field().equals(FieldProblem.PORTION)) {
                problems.add(new ImportProblem(line, p.field().equals(FieldProblem.SOURCE) ? SOURCE
                        : p.field().equals(FieldProblem.NAME) ? NAME : p.field(), lower(p.message())));
            }
        }
        if (values.isEmpty() && formColumns.keySet().stream().allMatch(k -> f.get(formColumns.get(k)).isBlank())) {
            problems.add(new ImportProblem(line, "", Messages.get("import.noAmount")));
        }
        return food;
    }

    private static void addPortion(String label, String gramsText, char separator, long line, String column,
                                   List<MyFood.MyPortion> portions, List<ImportProblem> problems) {
        Double grams = number(gramsText, separator);
        if (label.isEmpty()) {
            problems.add(new ImportProblem(line, column.equals(PORTION_GRAMS) ? PORTION : column,
                    Messages.get("import.portionName")));
        } else if (grams == null) {
            problems.add(new ImportProblem(line, column, Messages.get("import.notGrams", shorten(gramsText))));
        } else if (!(grams > 0) || grams > 100_000) {
            problems.add(new ImportProblem(line, column, Messages.get("import.portionWeight")));
        } else {
            portions.add(new MyFood.MyPortion(label, grams));
        }
    }

    /** A plain decimal number; with semicolons as separator a decimal comma is accepted too. */
    static Double number(String text, char separator) {
        String t = text.trim();
        if (separator == ';' && t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        if (!t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        double value = Double.parseDouble(t);
        return Double.isFinite(value) ? value : null;
    }

    /** One line's fields, or null (with a problem) when its quotes are broken. */
    private static List<String> fields(String line, char separator, long lineNo, List<ImportProblem> problems) {
        if (count(line, '"') % 2 != 0) {
            problems.add(new ImportProblem(lineNo, "", Messages.get("import.openQuote")));
            return null;
        }
        try {
            List<String> fields = new ArrayList<>();
            for (CsvRecord r : CsvReader.builder().fieldSeparator(separator).ofCsvRecord(line)) {
                if (!fields.isEmpty()) {
                    problems.add(new ImportProblem(lineNo, "", Messages.get("import.twoRecords")));
                    return null;
                }
                fields.addAll(r.getFields());
            }
            return fields;
        } catch (RuntimeException e) {
            problems.add(new ImportProblem(lineNo, "", Messages.get("import.unreadable", e.getMessage())));
            return null;
        }
    }

    /** Splits the bytes into lines, decoding each strictly as UTF-8; a line that is not valid UTF-8 becomes null. */
    private static List<String> decodeLines(byte[] bytes, List<ImportProblem> problems) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int lineStart = start;
        for (int i = start; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i > lineStart && bytes[i - 1] == '\r' ? i - 1 : i;
                if (i == bytes.length && lineStart == bytes.length) {
                    break;
                }
                try {
                    String line = decoder.decode(ByteBuffer.wrap(bytes, lineStart, end - lineStart)).toString();
                    if (line.indexOf('\0') >= 0) {
                        problems.add(new ImportProblem(lines.size() + 1, "", Messages.get("import.nul")));
                        line = null;
                    } else if (line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                    lines.add(line);
                } catch (CharacterCodingException e) {
                    problems.add(new ImportProblem(lines.size() + 1, "", Messages.get("import.notUtf8")));
                    lines.add(null);
                }
                lineStart = i + 1;
            }
        }
        return lines;
    }

    private static KForm form(String header) {
        String h = header.trim();
        for (KForm f : KForm.values()) {
            if (f.label().equalsIgnoreCase(h) || f.name().equalsIgnoreCase(h)) {
                return f;
            }
        }
        return null;
    }

    private static <K> void putOnce(Map<K, Integer> map, K key, int index, long line, String header,
                                    List<ImportProblem> problems) {
        if (map.putIfAbsent(key, index) != null) {
            problems.add(new ImportProblem(line, header, Messages.get("import.columnTwice")));
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String lower(String message) {
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
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
            forms.forEach(f -> header.add(f.label()));
            header.addAll(List.of(PORTION, PORTION_GRAMS, MORE_PORTIONS));
            csv.writeRecord(header);
            for (MyFood food : foods) {
                List<String> row = new ArrayList<>(List.of(food.name(), food.group(), food.sourceText()));
                for (KForm f : forms) {
                    Double v = food.per100g().get(f);
                    row.add(v == null ? "" : k2explorer.catalog.Numbers.plain(v));
                }
                List<MyFood.MyPortion> ps = food.portions();
                row.add(ps.isEmpty() ? "" : ps.get(0).label());
                row.add(ps.isEmpty() ? "" : k2explorer.catalog.Numbers.plain(ps.get(0).grams()));
                row.add(String.join("|", ps.stream().skip(1)
                        .map(p -> p.label() + "=" + k2explorer.catalog.Numbers.plain(p.grams())).toList()));
                csv.writeRecord(row);
            }
        }
    }
}
