package k2explorer.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import k2explorer.studies.Claim;
import k2explorer.studies.StudyCatalog;

/** An in-memory snapshot of the whole catalog, read once off the FX thread and then only read. */
public final class Catalog {
    private final List<Food> foods;
    private final Map<String, Food> foodsById;
    private final Map<String, Source> sources;
    private final DataVersion version;
    private final StudyCatalog studies;

    public Catalog(List<Food> foods, List<Source> sources, DataVersion version) {
        this(foods, sources, version, StudyCatalog.EMPTY);
    }

    public Catalog(List<Food> foods, List<Source> sources, DataVersion version, StudyCatalog studies) {
        this.studies = studies;
        this.foods = List.copyOf(foods);
        this.foodsById = foods.stream()
                .collect(Collectors.toMap(Food::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.sources = sources.stream()
                .collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.version = version;
    }

    public List<Food> foods() {
        return foods;
    }

    public Optional<Food> food(String id) {
        return Optional.ofNullable(foodsById.get(id));
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public List<Source> sources() {
        return List.copyOf(sources.values());
    }

    /** This catalog with more foods and their sources added (the user's own foods), everything else shared. */
    public Catalog withFoods(List<Food> extraFoods, List<Source> extraSources) {
        if (extraFoods.isEmpty()) {
            return this;
        }
        List<Food> all = new java.util.ArrayList<>(foods.size() + extraFoods.size());
        all.addAll(foods);
        all.addAll(extraFoods);
        List<Source> allSources = new java.util.ArrayList<>(sources.values());
        allSources.addAll(extraSources);
        return new Catalog(all, allSources, version, studies);
    }

    public StudyCatalog studies() {
        return studies;
    }

    /** The catalog foods whose values bear on a claim, in the order the claim lists them. */
    public List<Food> foodsBehind(Claim claim) {
        return claim.foodIds().stream().map(foodsById::get).filter(java.util.Objects::nonNull).toList();
    }

    public DataVersion version() {
        return version;
    }

    public CatalogCounts counts() {
        int values = foods.stream().mapToInt(f -> f.values().size()).sum();
        long withK = foods.stream().filter(f -> !f.values().isEmpty()).count();
        long withK2 = foods.stream().filter(Food::hasK2Data).count();
        return new CatalogCounts(foods.size(), (int) withK, (int) withK2, values, sources.size());
    }
}
