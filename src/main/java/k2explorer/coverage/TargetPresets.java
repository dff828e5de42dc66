package k2explorer.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import k2explorer.csv.CsvTable;

/** The checked daily intake references bundled with the app (data/targets/targets.csv). */
public final class TargetPresets {
    static final String FILE = "/k2explorer/data/targets/targets.csv";

    private TargetPresets() {
    }

    public static List<TargetPreset> load() {
        try (InputStream in = TargetPresets.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("bundled file missing: " + FILE);
            }
            return parse("targets/targets.csv", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<TargetPreset> parse(String name, String text) {
        List<TargetPreset> presets = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.parse(name, text, List.of("id", "authority", "population", "ug_per_day",
                "ug_per_kg", "covers", "citation", "link", "checked_in")).rows()) {
            double perDay = row.optionalText("ug_per_day").isPresent() ? row.number("ug_per_day") : 0;
            double perKg = row.optionalText("ug_per_kg").isPresent() ? row.number("ug_per_kg") : 0;
            if (perDay <= 0 && perKg <= 0) {
                throw row.problem("ug_per_day", "a target needs µg/day or µg/kg");
            }
            presets.add(new TargetPreset(row.required("id"), row.required("authority"), row.required("population"),
                    perDay, perKg, row.required("covers"), row.required("citation"), row.text("link"),
                    row.required("checked_in")));
        }
        return presets;
    }
}
