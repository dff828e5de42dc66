package k2explorer.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An in-memory snapshot of the whole food catalog, read once off the FX thread and then only read. */
public final class Catalog {
    private final List<Food> foods;
    /** Each food's place in {@link #foods} by its id (the first food of an id wins). */
    private final IdIndex placesById;
    private final Map<String, Source> sources;
    private final Map<String, FoodFamily> families;
    private final CodeBook codes;
    private final DataVersion version;
    private volatile CatalogCounts counts;

    public Catalog(List<Food> foods, List<Source> sources, List<FoodFamily> families, CodeBook codes,
                   DataVersion version) {
        this.foods = List.copyOf(foods);
        List<Food> all = this.foods;
        this.placesById = new IdIndex(all.size(), place -> all.get(place).id(), true);
        this.sources = sources.stream()
                .collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.families = families.stream()
                .collect(Collectors.toMap(FoodFamily::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.codes = codes;
        this.version = version;
    }

    /** A catalog of foods and sources alone (tests, benchmarks). */
    public Catalog(List<Food> foods, List<Source> sources, DataVersion version) {
        this(foods, sources, List.of(), CodeBook.EMPTY, version);
    }

    public List<Food> foods() {
        return foods;
    }

    public Optional<Food> food(String id) {
        return Optional.ofNullable(foodOrNull(id));
    }

    private Food foodOrNull(String id) {
        int place = placesById.placeOf(id);
        return place < 0 ? null : foods.get(place);
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public List<Source> sources() {
        return List.copyOf(sources.values());
    }

    public List<FoodFamily> families() {
        return List.copyOf(families.values());
    }

    public Optional<FoodFamily> family(String familyId) {
        return Optional.ofNullable(familyId == null ? null : families.get(familyId));
    }

    /** The other foods of a food's family, in catalog order (empty when it has none). */
    public List<Food> sameFamily(Food food) {
        return family(food.familyId()).map(f -> f.members().stream()
                .filter(id -> !id.equals(food.id()))
                .map(this::foodOrNull).filter(o -> o != null).toList()).orElse(List.of());
    }

    public CodeBook codes() {
        return codes;
    }

    /** This catalog with more foods and their sources added (the user's own foods), everything else shared. */
    public Catalog withFoods(List<Food> extraFoods, List<Source> extraSources) {
        if (extraFoods.isEmpty()) {
            return this;
        }
        List<Food> all = new ArrayList<>(foods.size() + extraFoods.size());
        all.addAll(foods);
        all.addAll(extraFoods);
        List<Source> allSources = new ArrayList<>(sources.values());
        allSources.addAll(extraSources);
        return new Catalog(all, allSources, List.copyOf(families.values()), codes, version);
    }

    public DataVersion version() {
        return version;
    }

    /** Counted once (off the FX thread, by whoever prepares the catalog's table) and kept: the catalog never changes. */
    public CatalogCounts counts() {
        CatalogCounts kept = counts;
        if (kept == null) {
            kept = count();
            counts = kept;
        }
        return kept;
    }

    private CatalogCounts count() {
        int values = 0;
        int withK = 0;
        int withK2 = 0;
        int onlyNotDetected = 0;
        for (Food f : foods) {
            values += f.values().size();
            if (!f.values().isEmpty()) {
                withK++;
            }
            if (f.hasMeasuredK2()) {
                withK2++;
            } else if (f.hasOnlyNotDetectedK2()) {
                onlyNotDetected++;
            }
        }
        return new CatalogCounts(foods.size(), withK, withK2, onlyNotDetected, values, sources.size());
    }
}
