package k2explorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import k2explorer.catalog.CatalogException;
import k2explorer.catalog.build.BundledData;
import k2explorer.catalog.build.CatalogStore;
import k2explorer.catalog.build.OpenedCatalog;
import k2explorer.export.CatalogCsvExporter;
import k2explorer.storage.AppDirectories;

/** The options that run without a window. Exit codes: 0 done, 1 failed, 2 wrong usage. */
public final class CommandLine {
    public static final String EXPORT = "--export-catalog";
    private static final List<String> HEADLESS = List.of(EXPORT, "--help");

    private CommandLine() {
    }

    public static boolean isHeadless(String[] args) {
        return Arrays.stream(args).anyMatch(HEADLESS::contains);
    }

    /** Runs the options on the process's own console; returns the exit code. */
    public static int runOnConsole(String[] args) {
        return run(args, System.out, System.err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && args[0].equals("--help")) {
            out.println(usage());
            return 0;
        }
        if (args.length != 2 || !args[0].equals(EXPORT) || args[1].isBlank()) {
            err.println("Usage: " + usage());
            return 2;
        }
        Path target = Path.of(args[1]);
        try {
            OpenedCatalog opened = new CatalogStore(AppDirectories.dataDirectory(), BundledData.load())
                    .open((fraction, message) -> { });
            int rows = CatalogCsvExporter.export(opened.catalog(), target);
            out.printf("Wrote %,d vitamin K values of %,d foods to %s%n", rows, opened.catalog().foods().size(),
                    target.toAbsolutePath());
            return 0;
        } catch (IOException e) {
            err.println("Could not write " + target.toAbsolutePath() + ": " + e);
            return 1;
        } catch (CatalogException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static String usage() {
        return "k2-explorer [" + EXPORT + " FILE.csv]\n"
                + "  (no option)            start the desktop app\n"
                + "  " + EXPORT + " FILE.csv  write every catalog vitamin K value as CSV and exit";
    }
}
