package k2explorer.export;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps CSV cells from being run as spreadsheet formulas (OWASP "CSV injection"): a cell that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading single quote, so Excel, LibreOffice and Sheets show it
 * as text. A plain number such as {@code -12.5} is left alone, so it stays a number. Every CSV the app writes goes
 * through here, and the importers undo it with {@link #original(String)}, so an export imports back to the same text.
 */
public final class SpreadsheetCells {
    private static final String TRIGGERS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private SpreadsheetCells() {
    }

    /** The cell as it is safe to write. */
    public static String neutralised(String cell) {
        return cell != null && quoted(cell) ? "'" + cell : cell;
    }

    public static List<String> neutralised(List<String> row) {
        return row.stream().map(SpreadsheetCells::neutralised).toList();
    }

    public static String[] neutralised(String... row) {
        return Arrays.stream(row).map(SpreadsheetCells::neutralised).toArray(String[]::new);
    }

    /** The text a cell held before {@link #neutralised(String)}; any other cell is returned unchanged. */
    public static String original(String cell) {
        return cell != null && cell.startsWith("'") && quoted(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /**
     * A line of free text outside the table (a comment line): spreadsheets split it at commas and semicolons, so
     * each piece after one is neutralised as a cell would be.
     */
    public static String freeLine(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ',' || text.charAt(i) == ';') {
                String piece = text.substring(start, i);
                out.append(start == 0 ? piece : neutralised(piece));
                if (i < text.length()) {
                    out.append(text.charAt(i));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    /**
     * Whether a cell needs the quote: it starts with a trigger and is not a plain number, possibly behind quotes of
     * its own ({@code '=x} gets one more, so that {@link #original(String)} can tell it from a neutralised {@code =x}).
     */
    private static boolean quoted(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        String rest = cell.substring(i);
        return !rest.isEmpty() && TRIGGERS.indexOf(rest.charAt(0)) >= 0 && !NUMBER.matcher(rest).matches();
    }
}
