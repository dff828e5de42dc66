package k2explorer.ui.foods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import k2explorer.EachLocale;
import k2explorer.UsLocale;
import k2explorer.catalog.Basis;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.catalog.KForm;
import k2explorer.catalog.Portion;
import k2explorer.coverage.CountedForms;
import k2explorer.coverage.DailyTarget;
import k2explorer.export.CoverageCsv;
import k2explorer.export.ValueCells;
import k2explorer.ui.compare.CompareTable;
import k2explorer.ui.compare.CompareViewModel;
import k2explorer.ui.coverage.ChartBar;
import k2explorer.ui.coverage.CoverageChartModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "One row per food": which member stands for a family, and that every view shows the same figure from it. */
@ExtendWith(UsLocale.class)
class FamilyRowsTest {
    private static final DailyTarget TOTAL_K = new DailyTarget("DV", 120, CountedForms.TOTAL_K);
    private final FoodsViewModel model = new FoodsViewModel();
    private final Catalog catalog = TestFoods.familyCatalog();

    @BeforeEach
    void load() {
        model.setCatalog(catalog);
        model.oneRowPerFamilyProperty().set(true);
        model.targetProperty().set(TOTAL_K);
    }

    private FoodRow family() {
        return model.visibleRows().stream().filter(r -> r.family() != null).findFirst().orElseThrow();
    }

    @EachLocale
    void theFamilyStandsOnTheMemberWithMostFormsNeverOnAProductLeftOutOfRankings() {
        FoodRow row = family();
        assertEquals(List.of(2, 1), List.of(model.visibleRows().size(), 1), "natto family and kale");
        assertEquals("lit:natto", row.food().id(), "not USDA's K1-only natto, though its evidence ranks first");
        assertEquals("lit:natto", row.countedCell(CountedForms.TOTAL_K).orElseThrow().bestFood().id());
        assertEquals("lit:natto", row.countedCell(CountedForms.MK7_ONLY).orElseThrow().bestFood().id(),
                "not the reinforced natto, though it has more MK-7");
        assertEquals(939, row.counted(CountedForms.MK7_ONLY).orElseThrow().amount().low());
        assertEquals("usda:natto", row.countedCell(CountedForms.K1_ONLY).orElseThrow().bestFood().id(),
                "K1 alone: every member gives it, the analysed one stands");
        assertTrue(!row.excludedFromRankings());
    }

    @EachLocale
    void theTableChartCompareAndCsvShowTheSameFamilyFigure() {
        for (DailyTarget target : List.of(TOTAL_K, new DailyTarget("MK-7", 90, CountedForms.MK7_ONLY))) {
            model.targetProperty().set(target);
            FoodRow row = family();
            ColumnValue cell = model.value(row, FoodColumn.GRAMS_TO_TARGET).orElseThrow();
            ChartBar bar = CoverageChartModel.of(List.of(row), target, 10, Map.of(), CoverageChartModel.Ranking.DEFAULT,
                    model.portions()).bars().get(0);
            assertEquals("lit:natto", bar.foodId());
            assertEquals("lit:natto", cell.ranked().food().id(), "the table cell names the member too");
            assertEquals(cell.number(), bar.grams().midpoint(), 1e-9, "chart = table");
            String compared = CompareTable.of(List.of(row), catalog, target, model.portions()).stream()
                    .filter(l -> l.label().startsWith("Grams to reach")).findFirst().orElseThrow().cells().get(0);
            assertTrue(compared.startsWith(cell.text() + " (from Natto, Test 2020)"), compared + " vs " + cell.text());
            CoverageCsv.Line line = CoverageChartModel.csv(List.of(row), target, catalog, true,
                    CoverageChartModel.Ranking.DEFAULT, model.portions()).lines().get(0);
            assertEquals(ValueCells.reach(cell.reach()), line.grams(), "CSV = table");
            assertEquals("lit:natto", line.foodId());
            assertEquals("Natto", line.name());
            assertEquals("Natto (Test 2020)", line.sources(), "the member the figure comes from");
        }
    }

    @Test
    void theDetailSaysWhichMemberEachFigureComesFrom() {
        FoodDetail d = FoodDetail.of(family(), catalog, model.portion(family()));
        assertTrue(d.figures().contains("Total K: ≥ 974 µg per 100 g from Natto (Test 2020); 2 sources give ≥ 23.1–974"),
                d.figures().toString());
        assertTrue(d.figures().stream().anyMatch(f -> f.startsWith("K1: 23.1 µg per 100 g from Natto (USDA SR)")),
                d.figures().toString());
        assertTrue(d.subtitle().contains("Natto (Test 2020), the source that stands for the family's total vitamin K"),
                d.subtitle());
    }

    @EachLocale
    void sameFoodInOtherSourcesLinksOpenThatSourceInFamilyMode() {
        FoodRow row = family();
        model.selectedProperty().set(row);
        assertTrue(model.selectFood("usda:natto"));
        assertSame(row, model.selectedProperty().get(), "the family row stays selected in the table");
        assertEquals("usda:natto", model.detailRow().food().id(), "the detail shows the source the link named");
        assertNull(model.detailRow().family());
        model.showFamily();
        assertSame(row, model.detailRow());
        model.selectFood("usda:natto");
        model.selectFood("lit:natto");
        assertSame(row, model.detailRow(), "the member the family stands on is the family's own detail");
    }

    @EachLocale
    void aPortionIsOneChoicePerFoodSharedByTheFamilyRowAndItsSourceRow() {
        FoodRow row = family();
        Portion cup = row.food().portions().get(1);
        model.basisProperty().set(Basis.PER_SERVING);
        double pack = model.value(row, FoodColumn.MK7).orElseThrow().ranked().amount().low();
        model.choosePortion(row, cup);
        assertEquals(cup, model.portion(model.row("lit:natto").orElseThrow()), "the source row has it too");
        assertEquals(pack * 175 / 40, model.value(row, FoodColumn.MK7).orElseThrow().ranked().amount().low(), 1e-9);
        assertEquals(Map.of("lit:natto", 2), model.chosenPortions());

        FoodsViewModel restarted = new FoodsViewModel();
        restarted.setCatalog(catalog);
        restarted.oneRowPerFamilyProperty().set(true);
        restarted.restorePortions(model.chosenPortions());
        FoodRow again = restarted.visibleRows().stream().filter(r -> r.family() != null).findFirst().orElseThrow();
        assertEquals(cup, restarted.portion(again), "a restored portion reaches the family row");
    }

    @EachLocale
    void aFamilyKeepsAServingWhenOnlyAnotherSourceRecordsPortions() {
        List<Food> foods = new ArrayList<>();
        for (Food f : catalog.foods()) {
            foods.add(f.id().equals("lit:natto") ? new Food(f.id(), f.name(), f.group(), f.origin(), f.sourceId(),
                    f.values(), List.of(), f.nutrients(), f.reportedMeasures(), f.familyId(), f.exclusion(),
                    f.otherNames()) : f);
        }
        model.setCatalog(new Catalog(foods, catalog.sources(), catalog.families(), catalog.codes(), catalog.version()));
        FoodRow row = family();
        assertEquals("lit:natto", row.food().id(), "the figures still stand on the paper's natto");
        assertEquals("usda:natto", row.portionFood().id(), "its servings are USDA's");
        assertEquals(40, model.portion(row).grams());
        assertTrue(model.value(row, FoodColumn.PERCENT_PER_SERVING).isPresent(), "so a serving's percent exists");
        model.choosePortion(row, row.portionFood().portions().get(1));
        assertEquals(Map.of("usda:natto", 2), model.chosenPortions());
        assertEquals(175, model.portion(model.row("usda:natto").orElseThrow()).grams());
    }

    @EachLocale
    void compareKeepsAFamilyRowWhenTheCatalogChanges() {
        CompareViewModel compare = new CompareViewModel(model);
        compare.add(List.of(family(), model.row("kale").orElseThrow()));
        assertEquals(List.of("family:natto", "kale"), compare.ids());
        List<Food> changed = new ArrayList<>(catalog.foods());
        changed.add(TestFoods.food("my:1", "My food", "G", List.of(TestFoods.value(KForm.K1, 1)), List.of(), null));
        model.setCatalog(new Catalog(changed, catalog.sources(), catalog.families(), catalog.codes(),
                catalog.version()));
        assertNotNull(compare.compared().get(0).family(), "still the whole family, not one source's row");
        assertEquals(List.of("family:natto", "kale"), compare.ids());
        CompareViewModel restarted = new CompareViewModel(model);
        restarted.restore(compare.ids());
        assertSame(compare.compared().get(0), restarted.compared().get(0));
    }
}
