package k2explorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.CatalogException;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.store.CatalogStore;
import k2explorer.catalog.store.OpenedCatalog;
import k2explorer.coverage.CountedForms;
import k2explorer.coverage.CoverageTable;
import k2explorer.coverage.DailyTarget;
import k2explorer.export.CatalogCsv;
import k2explorer.export.CoverageCsv;
import k2explorer.i18n.Numbers;
import k2explorer.mine.UserDataService;
import k2explorer.storage.AppDirectories;

/** The options that run without a window. Exit codes: 0 done, 1 failed, 2 wrong usage. */
public final class CommandLine {
    public static final String EXPORT = "--export-catalog";
    public static final String EXPORT_COVERAGE = "--export-coverage";
    /** The app's default daily target: 120 µg of total vitamin K. */
    public static final double DEFAULT_TARGET = 120;
    private static final List<String> HEADLESS = List.of(EXPORT, EXPORT_COVERAGE, "--help");

    private CommandLine() {
    }

    /** Wrong usage, with what was wrong. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
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
        if (args.length >= 2 && args[0].equals(EXPORT_COVERAGE) && !args[1].isBlank()) {
            CoverageTable.Settings settings;
            try {
                settings = coverageSettings(Arrays.asList(args).subList(2, args.length));
            } catch (UsageException e) {
                err.println(e.getMessage());
                err.println("Usage: " + usage());
                return 2;
            }
            return write(Path.of(args[1]), out, err, catalog -> {
                // The user's own foods are rows of the Coverage tab too.
                CoverageCsv.Table table;
                try (UserDataService library = UserDataService.open(AppDirectories.dataDirectory(), catalog).library()) {
                    table = coverageTable(library.contents().catalog(), settings);
                }
                CoverageCsv.export(table.header(), table.lines(), Path.of(args[1]));
                return String.format("Wrote the coverage of %,d rows (%s) to %s", table.lines().size(),
                        settings.target().counted().code(), Path.of(args[1]).toAbsolutePath());
            });
        }
        if (args.length != 2 || !args[0].equals(EXPORT) || args[1].isBlank()) {
            err.println("Usage: " + usage());
            return 2;
        }
        return write(Path.of(args[1]), out, err, catalog -> {
            int rows = CatalogCsv.export(catalog, Path.of(args[1]));
            return String.format("Wrote %,d vitamin K values of %,d foods to %s", rows, catalog.foods().size(),
                    Path.of(args[1]).toAbsolutePath());
        });
    }

    /** One export: the catalog with the user's own foods (as the app shows it), then the file. */
    private interface Export {
        String write(Catalog catalog) throws IOException;
    }

    private static int write(Path target, PrintStream out, PrintStream err, Export export) {
        try {
            OpenedCatalog opened = new CatalogStore(AppDirectories.dataDirectory(), BundledData.load())
                    .open((fraction, message) -> { });
            if (opened.notice() != null) {
                err.println(opened.notice());
            }
            Catalog catalog = opened.catalog();
            out.println(export.write(catalog));
            return 0;
        } catch (IOException e) {
            err.println("Could not write " + target.toAbsolutePath() + ": " + e);
            return 1;
        } catch (CatalogException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** The settings of {@code --export-coverage}; the app's defaults for every option left out. */
    static CoverageTable.Settings coverageSettings(List<String> options) throws UsageException {
        double micrograms = DEFAULT_TARGET;
        CountedForms counted = CountedForms.TOTAL_K;
        boolean byFood = false;
        boolean byServing = false;
        boolean special = false;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (option.equals("--include-special")) {
                special = true;
                continue;
            }
            if (i + 1 >= options.size()) {
                throw new UsageException(option.startsWith("--") ? option + " needs a value"
                        : "unknown option '" + option + "'");
            }
            String value = options.get(++i);
            switch (option) {
                case "--target" -> {
                    Double typed = Numbers.fromFile(value);
                    if (typed == null || !(typed > 0) || typed > 1_000_000) {
                        throw new UsageException("--target must be a number of micrograms above 0, not '" + value + "'");
                    }
                    micrograms = typed;
                }
                case "--counting" -> counted = CountedForms.parse(value).orElseThrow(() -> new UsageException(
                        "--counting must be one of " + Arrays.stream(CountedForms.values()).map(CountedForms::code)
                                .collect(Collectors.joining(", ")) + ", not '" + value + "'"));
                case "--rows" -> byFood = choice(option, value, "source", "food");
                case "--basis" -> byServing = choice(option, value, "100g", "serving");
                default -> throw new UsageException("unknown option '" + option + "'");
            }
        }
        DailyTarget target = new DailyTarget(Numbers.file(micrograms) + " µg", micrograms, counted);
        return new CoverageTable.Settings(target, byFood, byServing, special);
    }

    private static boolean choice(String option, String value, String first, String second) throws UsageException {
        if (value.equals(first)) {
            return false;
        }
        if (value.equals(second)) {
            return true;
        }
        throw new UsageException(option + " must be " + first + " or " + second + ", not '" + value + "'");
    }

    /**
     * The coverage table of a whole catalog for the settings: what the Coverage tab's "Export table as CSV" writes for
     * the same settings with no search or filter.
     */
    public static CoverageCsv.Table coverageTable(Catalog catalog, CoverageTable.Settings settings) {
        CoverageTable.Ranked ranked = CoverageTable.rank(CoverageTable.entries(catalog, settings),
                settings.byServings(), settings.includeSpecial());
        return CoverageCsv.table(ranked, settings, catalog.version().display());
    }

    private static String usage() {
        return "k2-explorer [" + EXPORT + " FILE.csv | " + EXPORT_COVERAGE + " FILE.csv [options]]\n"
                + "  (no option)              start the desktop app\n"
                + "  " + EXPORT + " FILE.csv    write every catalog vitamin K value as CSV and exit\n"
                + "  " + EXPORT_COVERAGE + " FILE.csv   write the Coverage tab's table as CSV and exit:\n"
                + "      --target MICROGRAMS          daily target in µg (default 120)\n"
                + "      --counting total-k|k1|k2|mk4|mk7  forms that count (default total-k)\n"
                + "      --rows source|food           one row per source (default) or per food\n"
                + "      --basis 100g|serving         rank by grams (default) or by servings\n"
                + "      --include-special            rank fortified and special products too";
    }
}
