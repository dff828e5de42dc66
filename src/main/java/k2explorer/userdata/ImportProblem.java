package k2explorer.userdata;

/** One reason a line of an import file was refused: the line number, the column (when known) and why. */
public record ImportProblem(long line, String column, String reason) {
    @Override
    public String toString() {
        return "line " + line + (column == null || column.isEmpty() ? "" : ", column " + column) + ": " + reason;
    }
}
