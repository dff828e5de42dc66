package k2explorer.mine.foods;

import java.util.List;

/**
 * What reading an import file found, for foods and plans alike: the items it would add (none when a line has a
 * problem), every problem that stops it, and how many data lines the file held.
 */
public record ImportOutcome<T>(List<T> items, List<ImportProblem> problems, int dataLines) {
    public ImportOutcome {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    /** A file that stopped before its lines were read (no header, a required column missing). */
    public static <T> ImportOutcome<T> stopped(List<ImportProblem> problems) {
        return new ImportOutcome<>(List.of(), problems, 0);
    }

    public int count() {
        return items.size();
    }

    /** Whether it can be imported: no problem, and something to add. */
    public boolean ok() {
        return problems.isEmpty() && count() > 0;
    }
}
