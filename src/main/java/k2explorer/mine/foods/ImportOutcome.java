package k2explorer.mine.foods;

import java.util.List;

/** What reading an import file found: how many things it would add, or every problem that stops it. */
public interface ImportOutcome {
    int count();

    List<ImportProblem> problems();

    /** Whether it can be imported: no problem, and something to add. */
    default boolean ok() {
        return problems().isEmpty() && count() > 0;
    }
}
