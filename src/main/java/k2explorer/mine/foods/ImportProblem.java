package k2explorer.mine.foods;

import k2explorer.i18n.Messages;

/**
 * One reason a line of an import file was refused: the line number, the column (when known) and why. A column
 * named by a header cell is clipped, so a megabyte of header cannot push the reason out of sight.
 */
public record ImportProblem(long line, String column, String reason) {
    public ImportProblem {
        column = column == null ? "" : Messages.clip(column);
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
