package k2explorer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import k2explorer.app.TestApp;
import k2explorer.coverage.CountedForms;
import k2explorer.i18n.Numbers;
import k2explorer.ui.coverage.CoverageChartModel;
import k2explorer.ui.coverage.TargetOption;
import k2explorer.ui.foods.FoodColumn;
import k2explorer.ui.foods.FoodsViewModel;
import k2explorer.ui.foods.SortKey;
import k2explorer.ui.foods.TestFoods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class CoverageExportTest {

    public static List<NamedCsvRecord> read(Path file) throws Exception {
        List<NamedCsvRecord> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().commentStrategy(CommentStrategy.SKIP)
                .ofNamedCsvRecord(file)) {
            csv.forEach(rows::add);
        }
        return rows;
    }

    @Test
    void theCoverageTableNamesItsTargetAndReparses(@TempDir Path dir) throws Exception {
        TestApp app = new TestApp().showing(TestFoods.catalog());
        app.models().targets().optionProperty().set(TargetOption.CUSTOM);
        app.models().targets().customMicrogramsProperty().set(Numbers.exact(90));
        app.models().targets().countedProperty().set(CountedForms.MK7_ONLY);
        FoodsViewModel foods = app.models().foods();
        foods.sortBy(List.of(SortKey.ascending(FoodColumn.GRAMS_TO_TARGET)));
        Path out = dir.resolve("coverage.csv");
        CoverageCsv.Table table = CoverageChartModel.csv(List.copyOf(foods.visibleRows()),
                foods.targetProperty().get(), foods.catalogProperty().get(), false,
                CoverageChartModel.Ranking.DEFAULT, foods.portions());
        CoverageCsv.export(table.header(), table.lines(), out);
        String first = Files.readAllLines(out).get(0);
        assertTrue(first.startsWith("# K2 Explorer coverage table; target: 90 µg/day; counting: mk7; rows: source;"
                + " basis: 100g; special products: left out"), first);
        assertTrue(first.contains("data: test"), first);
        List<NamedCsvRecord> rows = read(out);
        assertEquals(6, rows.size());
        assertEquals(List.of("food_id", "food_name", "food_group", "counted_ug_per_100g", "counted_state",
                "grams_to_target",
                "servings_to_target", "percent_of_target_per_serving", "serving", "bound", "sources", "doubts"),
                rows.get(0).getHeader());
        assertEquals(CatalogCsvTest.readmeColumns("### Export the coverage table without opening a window"),
                rows.get(0).getHeader(), "the columns the README documents, in its order");
        assertEquals("natto", rows.get(0).getField("food_id"));
        assertEquals("939", rows.get(0).getField("counted_ug_per_100g"));
        assertEquals("measured", rows.get(0).getField("counted_state"));
        assertEquals("9.6", rows.get(0).getField("grams_to_target"));
        assertEquals("0.24", rows.get(0).getField("servings_to_target"));
        assertEquals("417.3", rows.get(0).getField("percent_of_target_per_serving"));
        assertEquals("", rows.get(1).getField("grams_to_target"), "no data is empty, never 0");
        assertEquals("no data", rows.get(1).getField("bound"));
    }

    @Test
    void pngFilesAreWrittenWhole(@TempDir Path dir) throws Exception {
        int[] pixels = new int[4 * 3];
        Arrays.fill(pixels, 0xFF336699);
        Path out = dir.resolve("sub/chart.png");
        PngFile.write(pixels, 4, 3, out);
        BufferedImage read = ImageIO.read(out.toFile());
        assertEquals(4, read.getWidth());
        assertEquals(3, read.getHeight());
        assertEquals(0xFF336699, read.getRGB(2, 1));
    }
}
