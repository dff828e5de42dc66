package k2explorer.plan;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.catalog.KForm;
import k2explorer.catalog.Numbers;
import k2explorer.export.CoverageCsvExporter;
import k2explorer.userdata.DayPlan;

/**
 * Exports saved plans, one line per food: plan, date, food id and name, amount, grams, and µg of K1, MK-4 and MK-7
 * (empty when the form was not measured for that food, never 0).
 */
public final class PlanCsv {
    private PlanCsv() {
    }

    public static int export(List<DayPlan> plans, Catalog catalog, Path target) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        int lines = 0;
        try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
             CsvWriter csv = CsvWriter.builder().build(w)) {
            List<String> header = new ArrayList<>(List.of("plan", "date", "food_id", "food", "amount", "unit",
                    "portion", "grams"));
            PlanTotals.SHOWN.forEach(f -> header.add(f.label() + "_ug"));
            csv.writeRecord(header);
            for (DayPlan plan : plans) {
                for (DayPlan.Item item : plan.items()) {
                    List<String> row = new ArrayList<>(List.of(plan.name(), plan.date() == null ? ""
                            : plan.date().toString(), item.foodId(), item.foodName(), Numbers.plain(item.amount()),
                            item.unit().label(), item.portionLabel() == null ? "" : item.portionLabel(),
                            Numbers.rounded(item.grams(), 2)));
                    Optional<Food> food = catalog == null ? Optional.empty() : catalog.food(item.foodId());
                    for (KForm form : PlanTotals.SHOWN) {
                        row.add(food.flatMap(f -> f.amount(form))
                                .map(a -> CoverageCsvExporter.amount(a.times(item.grams() / 100))).orElse(""));
                    }
                    csv.writeRecord(row);
                    lines++;
                }
            }
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return lines;
    }
}
