package k2explorer.mine.foods;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import k2explorer.export.SpreadsheetCells;
import k2explorer.i18n.Messages;
import k2explorer.i18n.Numbers;

/**
 * An import file read as CSV records, the way the app's own exports are written: strict UTF-8 (a BOM is skipped),
 * a comma or a semicolon between fields (whichever the header line has more of), quoted fields that hold separators,
 * quotes, and any line ending (LF, CRLF, or CR alone as in old Mac files). Each record carries the
 * line it starts on, and cells neutralised against spreadsheet formulas are read back to their text.
 * Problems with the file's form are added to the caller's list; the records they concern are left out of
 * {@link #rows()}.
 */
public final class ImportCsv {
    /** How many fields one record may have: FastCSV's own limit, named in the message when a line passes it. */
    private static final int MAX_FIELDS = 16_384;

    /** One record: the line it starts on and its fields, as many as the header has. */
    public record Row(long line, List<String> fields) {
        /** The text of a column without the spaces around it, or "" when the file has no such column. */
        public String get(Integer column) {
            return column == null ? "" : MyFoodRules.trimSpaces(MyFoodRules.plainSpaces(fields.get(column)));
        }
    }

    private final Row header;
    private final char separator;
    private final List<Row> rows;
    private final int dataLines;

    private ImportCsv(Row header, char separator, List<Row> rows, int dataLines) {
        this.header = header;
        this.separator = separator;
        this.rows = rows;
        this.dataLines = dataLines;
    }

    /** The header record, or null when the file has none (the problem is reported). */
    public Row header() {
        return header;
    }

    public char separator() {
        return separator;
    }

    /**
     * What the checked file adds: {@code items} when no line has a problem, else nothing. A file with a header and no
     * data line gets the problem {@code noneMessage}; problems are sorted by line.
     */
    public <T> List<T> outcome(List<T> items, List<ImportProblem> problems, String noneMessage) {
        if (dataLines() == 0 && problems.isEmpty()) {
            problems.add(new ImportProblem(header().line(), "", noneMessage));
        }
        problems.sort(java.util.Comparator.comparingLong(ImportProblem::line));
        return problems.isEmpty() ? items : List.of();
    }

    /** Every data record that has the header's number of fields. */
    public List<Row> rows() {
        return rows;
    }

    /** Lines after the header that hold something, good or bad. */
    public int dataLines() {
        return dataLines;
    }

    /**
     * Whether lines {@code first}…{@code last} are quoted as a writer quotes: a quote opens only at the start of a
     * field, and a closing quote is followed by a separator, the end of the line or the end of the file. A quote
     * left open runs on until some later quote, which then almost always stands before other text (it opened a
     * later field): that is how a swallowed record is told from a value that really holds line breaks, whatever
     * the value's lines hold (the app's own export writes lines full of separators inside quotes).
     */
    private static boolean quotedAsWritten(String text, char separator) {
        boolean fieldStart = true;
        boolean quoted = false;
        boolean closed = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        quoted = false;
                        closed = true;
                    }
                }
            } else if (closed) {
                if (c != separator && c != '\n') {
                    return false;
                }
                closed = false;
                fieldStart = true;
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else {
                fieldStart = c == separator || c == '\n';
            }
        }
        return !quoted;
    }

    public static ImportCsv read(byte[] bytes, List<ImportProblem> problems) {
        Text text = Text.decode(bytes, problems);
        int headerLine = 1;
        while (headerLine <= text.lineCount() && text.line(headerLine).isBlank()) {
            headerLine++;
        }
        if (headerLine > text.lineCount()) {
            problems.add(new ImportProblem(1, "", Messages.get("import.noHeader")));
            return new ImportCsv(null, ',', List.of(), 0);
        }
        String headerText = text.line(headerLine);
        char separator = count(headerText, ';') > count(headerText, ',') ? ';' : ',';
        if (count(headerText, '"') % 2 != 0) {
            problems.add(new ImportProblem(headerLine, "", Messages.get("import.openQuote")));
            return new ImportCsv(null, separator, List.of(), 0);
        }
        Row header = null;
        List<Row> rows = new ArrayList<>();
        int dataLines = text.badLinesAfter(headerLine);
        int from = headerLine;
        boolean restart = true;
        while (restart) {
            restart = false;
            try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator)
                    .commentStrategy(CommentStrategy.NONE).skipEmptyLines(true).ignoreDifferentFieldCount(true)
                    .ofCsvRecord(text.from(from))) {
                for (CsvRecord record : reader) {
                    long line = from + record.getStartingLineNumber() - 1;
                    List<String> fields = record.getFields().stream().map(SpreadsheetCells::original).toList();
                    if (header == null) {
                        header = new Row(line, fields);
                        continue;
                    }
                    if (fields.size() == 1 && fields.get(0).isBlank()) {
                        continue;
                    }
                    dataLines++;
                    int breaks = fields.stream().mapToInt(f -> count(f, '\n')).sum();
                    boolean mismatch = fields.size() != header.fields().size();
                    if (breaks > 0 && (mismatch || !quotedAsWritten(text.lines(line, line + breaks), separator))
                            || mismatch && count(text.line(line), '"') % 2 != 0) {
                        // A record over several lines that does not fit the header, or whose value holds whole lines
                        // of fields, is a quote left open that swallowed the lines after it: report it here and read
                        // those lines on their own. A quoted line break in a record that fits is a value holding one.
                        problems.add(new ImportProblem(line, "", text.quoteNeverClosed(line)
                                ? Messages.get("import.openQuote")
                                : Messages.get("import.multiLine", String.valueOf(line + breaks))));
                        from = (int) line + 1;
                        restart = from <= text.lineCount();
                        break;
                    }
                    if (!mismatch) {
                        rows.add(new Row(line, fields));
                    } else {
                        problems.add(new ImportProblem(line, "", Messages.get(fields.size() == 1
                                ? "import.fieldCount.one" : "import.fieldCount", fields.size(),
                                header.fields().size())));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                // FastCSV names the line the record starts on, counted from where this reader began; the lines
                // after it are read on their own, so every later problem is reported too.
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("started in line (\\d+)")
                        .matcher(String.valueOf(e.getMessage()));
                long line = m.find() ? from + Long.parseLong(m.group(1)) - 1
                        : rows.isEmpty() ? from : rows.get(rows.size() - 1).line() + 1;
                String cause = e.getCause() == null ? String.valueOf(e.getMessage())
                        : String.valueOf(e.getCause().getMessage());
                problems.add(new ImportProblem(line, "", cause.startsWith("Maximum number of fields")
                        ? Messages.get("import.tooManyFields", header == null ? 0 : header.fields().size(),
                                Numbers.shown(MAX_FIELDS))
                        : Messages.get("import.unreadable", cause)));
                if (header == null) {
                    break;
                }
                dataLines++;
                from = (int) line + 1;
                restart = from <= text.lineCount();
            }
        }
        return new ImportCsv(header, separator, rows, dataLines);
    }

    /**
     * Maps each header cell to its column key ({@code key} answers null for a column this file type does not have,
     * reported with {@code unknownColumn}); a column that appears twice or a required one that is missing is
     * reported too. Returns key → field index.
     */
    public Map<String, Integer> columns(Function<String, String> key, List<String> required, String unknownColumn,
                                        List<ImportProblem> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        if (header == null) {
            return columns;
        }
        List<String> cells = header.fields();
        for (int i = 0; i < cells.size(); i++) {
            String h = cells.get(i).trim();
            String k = key.apply(h);
            if (k == null) {
                problems.add(new ImportProblem(header.line(), h.isEmpty() ? "#" + (i + 1) : h, unknownColumn));
            } else if (columns.putIfAbsent(k, i) != null) {
                problems.add(new ImportProblem(header.line(), h, Messages.get("import.columnTwice")));
            }
        }
        for (String r : required) {
            if (!columns.containsKey(r)) {
                problems.add(new ImportProblem(header.line(), r, Messages.get("import.requiredMissing")));
            }
        }
        return columns;
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

    /**
     * The file as text, split into lines at CRLF, CR or LF and joined again with LF, so that a line number names the
     * same line here and for FastCSV. A line that is not UTF-8 or holds a NUL is reported and read as empty.
     */
    private record Text(String text, int[] starts, List<Integer> badLines, int[] quotesFrom) {
        static Text decode(byte[] bytes, List<ImportProblem> problems) {
            int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            StringBuilder text = new StringBuilder(bytes.length);
            List<Integer> starts = new ArrayList<>();
            List<Integer> bad = new ArrayList<>();
            int lineStart = start;
            while (lineStart < bytes.length) {
                int end = lineStart;
                while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                    end++;
                }
                int next = end < bytes.length && bytes[end] == '\r' && end + 1 < bytes.length
                        && bytes[end + 1] == '\n' ? end + 2 : Math.min(end + 1, bytes.length);
                int lineNo = starts.size() + 1;
                starts.add(text.length());
                String problem = null;
                try {
                    String line = decoder.decode(ByteBuffer.wrap(bytes, lineStart, end - lineStart)).toString();
                    if (line.indexOf('\0') >= 0) {
                        problem = Messages.get("import.nul");
                    } else {
                        text.append(lineNo == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line);
                    }
                } catch (CharacterCodingException e) {
                    problem = Messages.get("import.notUtf8");
                }
                if (problem != null) {
                    problems.add(new ImportProblem(lineNo, "", problem));
                    bad.add(lineNo);
                }
                if (next > end) {
                    // Every line ending becomes LF: FastCSV 3.4 drops a one-field record whose quoted value holds a
                    // lone CR and miscounts lines after mixed endings; a value's own line break is kept as LF.
                    text.append('\n');
                }
                lineStart = next;
            }
            int[] offsets = new int[starts.size() + 1];
            for (int i = 0; i < starts.size(); i++) {
                offsets[i] = starts.get(i);
            }
            offsets[starts.size()] = text.length();
            int[] quotesFrom = new int[offsets.length];
            for (int n = starts.size() - 1; n >= 0; n--) {
                quotesFrom[n] = quotesFrom[n + 1] + count(text.substring(offsets[n], offsets[n + 1]), '"');
            }
            return new Text(text.toString(), offsets, bad, quotesFrom);
        }

        /** Whether the quotes from line {@code n} to the end of the file are odd in number: one is never closed. */
        boolean quoteNeverClosed(long n) {
            return quotesFrom[(int) n - 1] % 2 != 0;
        }

        int lineCount() {
            return starts.length - 1;
        }

        /** Line {@code n} (from 1) without its line ending. */
        String line(long n) {
            String s = text.substring(starts[(int) n - 1], starts[(int) n]);
            int end = s.length();
            while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
                end--;
            }
            return s.substring(0, end);
        }

        /** Lines {@code first}…{@code last} (from 1) as one text, each ending in LF. */
        String lines(long first, long last) {
            int end = (int) Math.min(last, lineCount());
            return text.substring(starts[(int) first - 1], starts[end]);
        }

        /** A reader from the start of line {@code n}; skipping is cheap, so reading on after a bad quote is too. */
        StringReader from(int n) throws IOException {
            StringReader reader = new StringReader(text);
            reader.skip(starts[n - 1]);
            return reader;
        }

        int badLinesAfter(int n) {
            return (int) badLines.stream().filter(b -> b > n).count();
        }
    }
}
