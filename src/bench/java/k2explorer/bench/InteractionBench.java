package k2explorer.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.catalog.store.CatalogStore;
import k2explorer.catalog.store.OpenedCatalog;
import k2explorer.install.ClassDataArchive;
import k2explorer.ui.foods.ColumnValue;
import k2explorer.ui.foods.FoodColumn;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.FoodsViewModel;

/**
 * Interaction benchmark: the app against the floor (a bare TableView, {@link FloorWindow}) in the same run, same
 * window size and JVM options, each in its own JVM playing {@link InteractionSession}'s scripted session.
 * Arguments: {@code [display|monocle] [rounds (default 3, the first a warm-up)] [WxH ...]} (default 1280x800 and
 * 1920x1080). "display" needs an X display (run under {@code xvfb-run -a -s '-screen 0 1920x1080x24'}).
 * Extra JVM options for the app only (e.g. a JFR recording): {@code -Dinteraction.appOptions="..."}; one side
 * only (for profiling): {@code -Dinteraction.only=app|floor}.
 * Prints one markdown row per figure: {@code | figure | app | floor | ratio |}.
 */
public final class InteractionBench {
    private static final String COLUMN_PREFIX = "col";
    /** The floor's rows file in a benchmark's data folder (also the start-up benchmark's bare-TableView floor). */
    static final String FLOOR_ROWS = "floor-rows.tsv";

    private record Sample(String figure, long total, long css, long layout, long render, long later) {
    }

    private InteractionBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean monocle = args.length > 0 && args[0].equalsIgnoreCase("monocle");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<int[]> sizes = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String[] wh = args[i].toLowerCase(Locale.ROOT).split("x");
            sizes.add(new int[] {Integer.parseInt(wh[0]), Integer.parseInt(wh[1])});
        }
        if (sizes.isEmpty()) {
            sizes = List.of(new int[] {1280, 800}, new int[] {1920, 1080});
        }
        Path dataDir = Files.createTempDirectory("k2-interaction-bench");
        OpenedCatalog opened = new CatalogStore(dataDir, BundledData.load()).open(ProgressListener.NONE);
        Path rows = dataDir.resolve(FLOOR_ROWS);
        writeFloorRows(opened, rows);
        System.out.printf("mode: %s; rounds: %d (first a warm-up); JVM options of both: %s -Dprism.order=sw%n",
                monocle ? "monocle" : "display", rounds, System.getProperty("k2explorer.appJvmOptions", ""));
        List<String> table = new ArrayList<>();
        table.add("| figure | app | floor | ratio |");
        table.add("|---|---|---|---|");
        for (int[] size : sizes) {
            String where = size[0] + "×" + size[1];
            String only = System.getProperty("interaction.only", "");
            List<Sample> app = only.equals("floor") ? List.of() : run("app", size, rounds, monocle, dataDir, rows);
            List<Sample> floor = only.equals("app") ? List.of() : run("floor", size, rounds, monocle, dataDir, rows);
            for (String figure : List.of("keystroke", "sort", "scroll")) {
                List<Sample> a = app.stream().filter(s -> s.figure().equals(figure)).toList();
                List<Sample> f = floor.stream().filter(s -> s.figure().equals(figure)).toList();
                System.out.printf("%s %s: %d app samples, %d floor samples%n", where, figure, a.size(), f.size());
                String arrow = figure + " → frame";
                table.add(row(arrow + " p50, " + where + " (ms)", a, f, Sample::total, 50));
                table.add(row(arrow + " p95, " + where + " (ms)", a, f, Sample::total, 95));
                table.add(row(figure + " pulse CSS + layout p95, " + where + " (ms)", a, f,
                        s -> s.css() + s.layout(), 95));
                table.add(row(figure + " pulse CSS p95, " + where + " (ms)", a, f, Sample::css, 95));
                table.add(row(figure + " pulse layout p95, " + where + " (ms)", a, f, Sample::layout, 95));
                table.add(row(figure + " pulse sync + paint p95, " + where + " (ms)", a, f, Sample::render, 95));
                table.add(row(figure + " later pulses' CSS + layout p95, " + where + " (ms)", a, f,
                        Sample::later, 95));
            }
        }
        table.forEach(System.out::println);
    }

    /** The floor's rows: the app's visible columns as the app's own text, one row per catalog food. */
    static void writeFloorRows(OpenedCatalog opened, Path file) throws IOException {
        FoodsViewModel model = new FoodsViewModel();
        model.setCatalog(opened.catalog());
        List<FoodColumn> columns = new ArrayList<>();
        for (FoodColumn c : FoodColumn.values()) {
            if (!model.hiddenColumns().contains(c)) {
                columns.add(c);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.join("\t", columns.stream().map(c -> COLUMN_PREFIX + camel(c)).toList()));
        lines.add(String.join("\t", columns.stream().map(c -> clean(c.title())).toList()));
        for (FoodRow row : model.visibleRows()) {
            List<String> cells = new ArrayList<>();
            for (FoodColumn c : columns) {
                cells.add(clean(switch (c) {
                    case NAME -> row.name();
                    case GROUP -> row.group();
                    case SOURCES -> row.sourceLabels();
                    case SERVING -> model.portion(row) == null ? "" : model.portion(row).label();
                    default -> model.value(row, c).map(ColumnValue::text).orElse("—");
                }));
            }
            lines.add(String.join("\t", cells));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        System.out.printf("floor: %d rows × %d columns%n", lines.size() - 2, columns.size());
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }

    private static String camel(FoodColumn c) {
        StringBuilder sb = new StringBuilder();
        for (String part : c.name().split("_")) {
            sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private static String row(String figure, List<Sample> app, List<Sample> floor, ToLongFunction<Sample> value,
                              int percentile) {
        double a = percentile(app, value, percentile);
        double f = percentile(floor, value, percentile);
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f |", figure, a, f, f == 0 ? Double.NaN : a / f);
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(List<Sample> samples, ToLongFunction<Sample> value, int percentile) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(samples.stream().map(value::applyAsLong).toList());
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }

    private static List<Sample> run(String program, int[] size, int rounds, boolean monocle, Path dataDir,
                                    Path rows) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        String options = System.getProperty("k2explorer.appJvmOptions", "").trim();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        String extra = System.getProperty("interaction." + program + "Options", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        if (monocle) {
            command.addAll(ClassDataArchive.HEADLESS_TOOLKIT);
        } else {
            command.add("-Dprism.order=sw");
        }
        Path appData = Files.createTempDirectory(dataDir, "app");
        Files.copy(dataDir.resolve(CatalogStore.FILE_NAME), appData.resolve(CatalogStore.FILE_NAME));
        command.addAll(List.of("-Dk2explorer.dataDir=" + appData, "-Dfloor.rows=" + rows,
                "-cp", System.getProperty("java.class.path"), InteractionSession.class.getName(), program,
                String.valueOf(size[0]), String.valueOf(size[1]), String.valueOf(rounds)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<Sample> samples = new ArrayList<>();
        List<String> output = new ArrayList<>();
        Map<String, Long> fields = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.add(line);
                if (!line.startsWith(InteractionSession.PREFIX + " ")) {
                    continue;
                }
                String[] parts = line.split(" ");
                if (parts.length < 3 || parts[2].equals("timeout")) {
                    System.out.println(program + " " + line);
                    continue;
                }
                fields.clear();
                for (int i = 2; i < parts.length; i++) {
                    String[] kv = parts[i].split("=");
                    fields.put(kv[0], Long.parseLong(kv[1]));
                }
                samples.add(new Sample(parts[1], fields.get("total"), fields.get("css"), fields.get("layout"),
                        fields.get("render"), fields.get("later")));
            }
        }
        int exit = process.waitFor();
        if (samples.isEmpty() || exit != 0) {
            throw new IllegalStateException(program + " exited " + exit + " with " + samples.size()
                    + " samples:\n" + String.join("\n", output.subList(Math.max(0, output.size() - 60),
                    output.size())));
        }
        return samples;
    }
}
