package k2explorer.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import k2explorer.catalog.CatalogException;
import k2explorer.i18n.Numbers;

/**
 * A bundled CSV file read whole, with errors that name the file, line and column: a broken data file must
 * say exactly where it is broken.
 */
public final class CsvTable {
    private final String name;
    private final List<Row> rows;

    private CsvTable(String name, List<Row> rows) {
        this.name = name;
        this.rows = rows;
    }

    public static CsvTable parse(String name, String text, List<String> requiredColumns) {
        List<Row> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
                .ignoreDifferentFieldCount(false)
                .detectBomHeader(true)
                .ofNamedCsvRecord(new StringReader(text))) {
            boolean headerChecked = false;
            for (NamedCsvRecord record : reader) {
                if (!headerChecked) {
                    for (String column : requiredColumns) {
                        if (!record.getHeader().contains(column)) {
                            throw new CatalogException(name + ": missing column '" + column + "' in the header");
                        }
                    }
                    headerChecked = true;
                }
                if (record.getFieldCount() != record.getHeader().size()) {
                    throw new CatalogException(name + ": malformed CSV: line " + record.getStartingLineNumber()
                            + " has " + record.getFieldCount() + " fields, the header has " + record.getHeader().size()
                            + " (is a comma inside an unquoted field?)");
                }
                rows.add(new Row(name, record));
            }
        } catch (CsvParseException e) {
            throw new CatalogException(name + ": malformed CSV: " + rootMessage(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvTable(name, rows);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            sb.append(": ").append(t.getMessage());
        }
        return sb.toString();
    }

    String name() {
        return name;
    }

    public List<Row> rows() {
        return rows;
    }

    /** One data line; its accessors fail with the file, line and column in the message. */
    public record Row(String file, NamedCsvRecord record) {

        public long line() {
            return record.getStartingLineNumber();
        }

        public String text(String column) {
            return record.getField(column).trim();
        }

        public Optional<String> optionalText(String column) {
            return record.findField(column).map(String::trim).filter(s -> !s.isEmpty());
        }

        public String required(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                throw problem(column, "is empty");
            }
            return value;
        }

        public double number(String column) {
            String value = required(column);
            Double parsed = Numbers.fromFile(value);
            if (parsed == null) {
                throw problem(column, "'" + value + "' is not a number");
            }
            if (parsed < 0) {
                throw problem(column, "'" + value + "' must be a finite amount of at least 0");
            }
            return parsed;
        }

        public int integer(String column) {
            String value = required(column);
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw problem(column, "'" + value + "' is not a whole number");
            }
        }

        public CatalogException problem(String column, String what) {
            return new CatalogException(file + " line " + line() + ", column " + column + ": " + what);
        }
    }
}
