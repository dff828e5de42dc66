package k2explorer.ui.foods;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.KForm;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.catalog.store.CatalogStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typing narrows the previous result and backspace reuses earlier ones; after every keystroke the rows must be
 * exactly what a fresh filter of the whole sorted catalog gives.
 */
class IncrementalFilterTest {
    @TempDir
    static Path dir;
    static Catalog catalog;

    @BeforeAll
    static void build() {
        catalog = new CatalogStore(dir, BundledData.load()).open(ProgressListener.NONE).catalog();
    }

    private static List<String> fresh(String query, List<SortKey> sort, KForm form, boolean k2) {
        FoodsViewModel model = new FoodsViewModel();
        model.setCatalog(catalog);
        model.sortBy(sort);
        model.formProperty().set(form);
        model.onlyWithK2Property().set(k2);
        model.queryProperty().set(query);
        return ids(model);
    }

    private static List<String> ids(FoodsViewModel model) {
        return model.visibleRows().stream().map(r -> r.food().id()).toList();
    }

    @Test
    void everyKeystrokeGivesTheSameRowsAsAFreshFilter() {
        List<SortKey> sort = List.of(SortKey.descending(FoodColumn.K1));
        FoodsViewModel model = new FoodsViewModel();
        model.setCatalog(catalog);
        model.sortBy(sort);
        String[] script = {"k", "ka", "kal", "kale", "kale ", "kale r", "kale ra", "kale raw", "kale ra", "kale r",
            "kale", "ka", "", "n", "na", "nat", "natto", "nat", "natt", "natto k", "natto", "", "c", "ch", "cheese",
            "chees", "cheese ched", "x", "", "spinach raw", "spinach", "spinach kamao"};
        for (String q : script) {
            model.queryProperty().set(q);
            assertEquals(fresh(q, sort, null, false), ids(model), "after typing '" + q + "'");
        }
        model.onlyWithK2Property().set(true);
        assertEquals(fresh("spinach kamao", sort, null, true), ids(model));
        model.queryProperty().set("natto");
        assertEquals(fresh("natto", sort, null, true), ids(model));
        model.onlyWithK2Property().set(false);
        model.formProperty().set(KForm.MK7);
        model.queryProperty().set("natto re");
        assertEquals(fresh("natto re", sort, KForm.MK7, false), ids(model));
        model.formProperty().set(null);
        model.queryProperty().set("natt");
        assertEquals(fresh("natt", sort, null, false), ids(model));
    }
}
