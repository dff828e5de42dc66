package k2explorer.mine.foods;

/**
 * One reason a line of an import file was refused: the line number, the column (when known) and why. A column
 * named by a header cell is clipped, so a megabyte of header cannot push the reason out of sight.
 */
public record ImportProblem(long line, String column, String reason) {
    private static final int MAX_SHOWN = 40;

    public ImportProblem {
        column = column == null ? "" : clip(column);
    }

    /**
     * Cell text as it may be quoted in a message: at most 40 characters, and control characters (a tab, a line
     * break, ESC …) written as {@code U+001B}, so they neither break the line nor act on a terminal.
     */
    public static String clip(String text) {
        boolean cut = text.codePointCount(0, text.length()) > MAX_SHOWN;
        String head = cut ? text.substring(0, text.offsetByCodePoints(0, MAX_SHOWN)) : text;
        StringBuilder out = new StringBuilder(head.length() + 1);
        head.codePoints().forEach(c -> out.append(Character.isISOControl(c) ? String.format("U+%04X", c)
                : Character.toString(c)));
        return cut ? out.append('…').toString() : out.toString();
    }

    /** A rule's sentence ("Enter a name.") as the reason after "line 3, column name: ", so lower case first. */
    public static String asReason(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    @Override
    public String toString() {
        return "line " + line + (column.isEmpty() ? "" : ", column " + column) + ": " + reason;
    }
}
