package k2explorer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.catalog.KValue;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.catalog.store.CatalogStore;
import k2explorer.coverage.CountedForms;
import k2explorer.coverage.DailyTarget;
import k2explorer.ui.foods.FoodColumn;
import k2explorer.ui.foods.FoodsViewModel;
import k2explorer.ui.foods.SortKey;

/**
 * Catalogs of any size for benchmarks, grown from the real one: the real 8,504 foods first, then copies of them
 * with a lot number in the name and every vitamin K value scaled by a log-normal factor (σ = 0.3), so names, food
 * groups, missing-value patterns and the spread of amounts stay realistic. Deterministic for a given seed.
 */
public final class SyntheticCatalog {
    private SyntheticCatalog() {
    }

    /** The real catalog, built from the bundled data into a temporary folder. */
    public static Catalog real() {
        try {
            Path dir = Files.createTempDirectory("k2-bench-catalog");
            return new CatalogStore(dir, BundledData.load()).open(ProgressListener.NONE).catalog();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Foods view model over a catalog of this size, with a daily target set and sorted by one column. */
    public static FoodsViewModel model(int size, String sortColumn, boolean ascending) {
        FoodsViewModel model = new FoodsViewModel();
        model.setCatalog(ofSize(real(), size, 42));
        model.targetProperty().set(new DailyTarget("women", 90,
                CountedForms.TOTAL_K));
        model.sortBy(List.of(new SortKey(FoodColumn.valueOf(sortColumn),
                ascending)));
        return model;
    }

    public static Catalog ofSize(Catalog real, int size, long seed) {
        List<Food> base = real.foods();
        if (size <= base.size()) {
            return new Catalog(base.subList(0, size), real.sources(), real.version());
        }
        Random random = new Random(seed);
        List<Food> foods = new ArrayList<>(size);
        foods.addAll(base);
        for (int i = base.size(); i < size; i++) {
            Food f = base.get(random.nextInt(base.size()));
            int lot = i / base.size();
            List<KValue> values = new ArrayList<>(f.values().size());
            for (KValue v : f.values()) {
                double factor = Math.exp(random.nextGaussian() * 0.3);
                values.add(new KValue(v.form(), v.state(), v.amount() * factor, v.kind(), v.sourceId(), v.evidence(),
                        v.stats(), v.originIds(), v.attribution(), v.samples(), v.note()));
            }
            foods.add(new Food(f.id() + "#" + i, f.name() + ", lot " + lot, f.group(), f.origin(), f.sourceId(),
                    values, f.portions(), f.nutrients(), f.reportedMeasures(), f.familyId(), f.exclusion(),
                    f.otherNames()));
        }
        return new Catalog(foods, real.sources(), real.version());
    }
}
