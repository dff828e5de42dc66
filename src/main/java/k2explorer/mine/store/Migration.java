package k2explorer.mine.store;

import java.util.List;

/** One step of the user data schema: the statements that take a file from {@code version - 1} to {@code version}. */
public record Migration(int version, List<String> statements) {
    public Migration {
        statements = List.copyOf(statements);
    }
}
