package k2explorer.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import k2explorer.EachLocale;
import k2explorer.UsLocale;
import k2explorer.catalog.Attribution;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.DataVersion;
import k2explorer.catalog.EvidenceLevel;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.catalog.ValueKind;
import k2explorer.catalog.ValueState;
import k2explorer.catalog.ValueStats;
import k2explorer.coverage.CountedForms;
import k2explorer.coverage.DailyTarget;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.PortionChoices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Compare says what the table and chart say: doubts flagged, zeros in some forms not "never". */
@ExtendWith(UsLocale.class)
class CompareDoubtsTest {

    private static KValue elder(KForm form, double amount) {
        return new KValue(form, ValueState.MEASURED, amount, ValueKind.NOT_STATED, "K2VIEWER",
                EvidenceLevel.SECONDARY_COMPILATION, ValueStats.NONE, List.of("ELDER2006"), Attribution.SINGLE, "", "");
    }

    private static KValue zero(KForm form) {
        return new KValue(form, ValueState.MEASURED_ZERO, 0, ValueKind.MEAN, "S", EvidenceLevel.NUTRIENT_DATABASE,
                ValueStats.NONE, List.of(), null, "", "");
    }

    private static List<String> line(List<CompareTable.Line> lines, String start) {
        return lines.stream().filter(l -> l.label().startsWith(start)).findFirst().orElseThrow().cells();
    }

    @EachLocale
    void aFormGivenOnlyByUnpublishedAnalysesIsLabelledNotADash() {
        KValue tea = new KValue(KForm.MK8, ValueState.MEASURED, 70.8, ValueKind.NOT_STATED, "K2VIEWER",
                EvidenceLevel.SECONDARY_COMPILATION, ValueStats.NONE, List.of("K2VIEWER_OWN", "KAMAO2007"),
                Attribution.MERGED, "", "");
        Food blackTea = Food.of("k2c:black-tea-brewed", "Black tea (brewed)", "Drinks", FoodOrigin.COMPILED,
                "K2VIEWER", List.of(tea), List.of());
        Catalog catalog = new Catalog(List.of(blackTea), List.of(), new DataVersion("t", "x"));
        List<CompareTable.Line> lines = CompareTable.of(List.of(new FoodRow(blackTea, "K2viewer")), catalog,
                new DailyTarget("t", 120, CountedForms.K2_ALL), new PortionChoices());
        assertEquals(List.of("unpubl."), line(lines, "MK-8 per 100 g"));
        assertEquals(List.of("—"), line(lines, "Total K2"), "never added up");
    }

    @Test
    void doubtfulValuesAreFlaggedAndPartialZerosAreNotNever() {
        Food beefLiver = Food.of("k2c:liver-beef", "Liver (beef)", "Meat", FoodOrigin.COMPILED, "K2VIEWER",
                List.of(elder(KForm.K1, 2.7), elder(KForm.MK4, 0.3), elder(KForm.MK7, 5.0)), List.of());
        Food chickenLiver = Food.of("usda:05027", "Chicken liver", "Poultry", FoodOrigin.USDA, "S",
                List.of(zero(KForm.K1), zero(KForm.DIHYDRO_K1)), List.of());
        Catalog catalog = new Catalog(List.of(beefLiver, chickenLiver), List.of(), new DataVersion("t", "x"));
        List<CompareTable.Line> lines = CompareTable.of(List.of(new FoodRow(beefLiver, "K2viewer"),
                new FoodRow(chickenLiver, "USDA")), catalog, new DailyTarget("t", 120, CountedForms.TOTAL_K),
                new PortionChoices());
        assertEquals(List.of("5\u00A0†", "—"), line(lines, "MK-7 per 100 g"));
        assertEquals(List.of("2.7", "0"), line(lines, "K1 per 100 g"));
        List<String> grams = line(lines, "Grams");
        assertTrue(grams.get(0).endsWith("†"), grams.toString());
        assertEquals("none in the forms measured", grams.get(1));
    }
}
