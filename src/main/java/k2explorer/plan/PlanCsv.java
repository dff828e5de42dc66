package k2explorer.plan;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.catalog.KForm;
import k2explorer.catalog.Numbers;
import k2explorer.storage.AtomicFile;
import k2explorer.userdata.DayPlan;

/**
 * Exports saved plans, one line per food: plan, date, food id and name, amount, grams, and µg of K1, MK-4 and MK-7
 * (empty when the form was not measured for that food, never 0).
 */
public final class PlanCsv {
    private PlanCsv() {
    }

    public static int export(List<DayPlan> plans, Catalog catalog, Path target) throws IOException {
        return AtomicFile.writeText(target, w -> write(plans, catalog, w));
    }

    private static int write(List<DayPlan> plans, Catalog catalog, Writer w) throws IOException {
        int lines = 0;
        try (CsvWriter csv = CsvWriter.builder().build(w)) {
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
                                .map(a -> Numbers.rounded(a.midpoint() * item.grams() / 100, 2)).orElse(""));
                    }
                    csv.writeRecord(row);
                    lines++;
                }
            }
        }
        return lines;
    }
}
