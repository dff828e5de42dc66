package k2explorer.catalog.build;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import k2explorer.catalog.CatalogException;
import k2explorer.catalog.EvidenceLevel;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Nutrient;
import k2explorer.catalog.Portion;
import k2explorer.catalog.ReportedMeasure;
import k2explorer.catalog.Source;
import k2explorer.catalog.SourceKind;
import k2explorer.catalog.ValueKind;
import k2explorer.csv.CsvTable;

/** Turns the bundled CSV files into catalog foods and sources, checking every reference between them. */
final class CatalogContentParser {
    static final String USDA_SOURCE_ID = "USDA_SR26";
    static final String USDA_CITATION = "U.S. Department of Agriculture, Agricultural Research Service. "
            + "USDA National Nutrient Database for Standard Reference, Release 26. Nutrient Data Laboratory, 2013.";

    private final BundledData data;
    private final ProgressListener progress;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, FoodDraft> usdaByNdb = new LinkedHashMap<>();
    private final Map<String, FoodDraft> literature = new LinkedHashMap<>();

    CatalogContentParser(BundledData data, ProgressListener progress) {
        this.data = data;
        this.progress = progress;
    }

    CatalogContent parse() {
        readSources();
        progress.progress(0.05, "Reading USDA foods");
        readUsdaFoods();
        progress.progress(0.15, "Reading USDA nutrient values");
        readUsdaNutrients();
        progress.progress(0.35, "Reading USDA portions");
        readUsdaPortions();
        progress.progress(0.45, "Reading literature menaquinone values");
        readLiteratureValues();
        readLiteratureOtherValues();
        readLiteraturePortions();
        readUsdaMatches();
        List<Food> foods = new ArrayList<>(usdaByNdb.size() + literature.size());
        usdaByNdb.values().forEach(d -> foods.add(d.toFood()));
        literature.values().forEach(d -> foods.add(d.toFood()));
        progress.progress(0.5, "Reading the study catalog and claims");
        List<k2explorer.studies.Study> studies = StudiesParser.studies(BundledData.STUDIES,
                data.text(BundledData.STUDIES));
        List<k2explorer.studies.Claim> claims = StudiesParser.claims(BundledData.CLAIMS,
                data.text(BundledData.CLAIMS),
                studies.stream().map(k2explorer.studies.Study::key).collect(java.util.stream.Collectors.toSet()),
                sources.keySet());
        return new CatalogContent(foods, List.copyOf(sources.values()),
                new k2explorer.studies.StudyCatalog(studies, claims));
    }

    private void readSources() {
        Map<String, CsvTable.Row> labels = new HashMap<>();
        for (CsvTable.Row row : table(BundledData.SOURCE_LABELS,
                "source_key", "short_label", "kind", "industry_affiliated", "caveat").rows()) {
            labels.put(row.required("source_key"), row);
        }
        sources.put(USDA_SOURCE_ID, new Source(USDA_SOURCE_ID, SourceKind.FOOD_COMPOSITION_DATABASE, "USDA SR26",
                USDA_CITATION, null, null, null, "ASCII files ABBREV, FOOD_DES, FD_GROUP and WEIGHT", false, ""));
        for (CsvTable.Row row : table(BundledData.LIT_SOURCES, "source_key", "authors", "year", "title",
                "journal", "volume_pages", "doi", "pmid", "what_you_read", "url_or_repo_path").rows()) {
            String key = row.required("source_key");
            CsvTable.Row label = labels.get(key);
            sources.put(key, new Source(key,
                    label == null ? SourceKind.PUBLICATION : sourceKind(label),
                    label == null ? key : label.required("short_label"),
                    citation(row),
                    row.optionalText("doi").orElse(null),
                    row.optionalText("pmid").orElse(null),
                    row.optionalText("url_or_repo_path").orElse(null),
                    row.text("what_you_read"),
                    label != null && label.text("industry_affiliated").equalsIgnoreCase("yes"),
                    label == null ? "" : label.text("caveat")));
        }
    }

    private static SourceKind sourceKind(CsvTable.Row label) {
        String kind = label.required("kind").toUpperCase(Locale.ROOT);
        try {
            return SourceKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw label.problem("kind", "unknown source kind '" + label.text("kind") + "'");
        }
    }

    private static String citation(CsvTable.Row row) {
        StringBuilder sb = new StringBuilder(row.text("authors"));
        String year = row.text("year");
        appendPart(sb, year.isEmpty() || year.startsWith("(") ? year : "(" + year + ")");
        appendPart(sb, row.text("title"));
        appendPart(sb, (row.text("journal") + " " + row.text("volume_pages")).trim());
        return sb.toString();
    }

    private static void appendPart(StringBuilder sb, String part) {
        if (!part.isEmpty()) {
            sb.append(sb.length() == 0 ? "" : ". ").append(part);
        }
    }

    private void readUsdaFoods() {
        for (CsvTable.Row row : table(BundledData.USDA_FOODS, "ndb_no", "description", "food_group").rows()) {
            String ndb = row.required("ndb_no");
            FoodDraft draft = new FoodDraft("usda:" + ndb, row.required("description"), row.required("food_group"),
                    FoodOrigin.USDA, USDA_SOURCE_ID);
            if (usdaByNdb.put(ndb, draft) != null) {
                throw row.problem("ndb_no", "duplicate food " + ndb);
            }
        }
    }

    private void readUsdaNutrients() {
        for (CsvTable.Row row : table(BundledData.USDA_NUTRIENTS,
                "ndb_no", "nutrient_code", "amount_per_100g", "unit").rows()) {
            FoodDraft food = usdaFood(row);
            String code = row.required("nutrient_code");
            double amount = row.number("amount_per_100g");
            if (code.equals("430")) {
                food.values.add(new KValue(KForm.K1, amount, ValueKind.MEAN, "", USDA_SOURCE_ID,
                        EvidenceLevel.NUTRIENT_DATABASE, ""));
            } else {
                Nutrient nutrient = Nutrient.bySrNumber(code)
                        .orElseThrow(() -> row.problem("nutrient_code", "unknown nutrient code " + code));
                food.nutrients.put(nutrient, amount);
            }
        }
    }

    private void readUsdaPortions() {
        for (CsvTable.Row row : table(BundledData.USDA_PORTIONS, "ndb_no", "seq", "amount", "measure", "grams")
                .rows()) {
            FoodDraft food = usdaFood(row);
            food.portions.add(portion(row, row.integer("seq"), USDA_SOURCE_ID));
        }
    }

    private static Portion portion(CsvTable.Row row, int seq, String sourceId) {
        double grams = row.number("grams");
        if (grams <= 0) {
            throw row.problem("grams", "a portion must weigh more than 0 g");
        }
        return new Portion(seq, row.number("amount"), row.required("measure"), grams, sourceId);
    }

    private FoodDraft usdaFood(CsvTable.Row row) {
        String ndb = row.required("ndb_no");
        FoodDraft food = usdaByNdb.get(ndb);
        if (food == null) {
            throw row.problem("ndb_no", "no food " + ndb + " in " + BundledData.USDA_FOODS);
        }
        return food;
    }

    private void readLiteratureValues() {
        for (CsvTable.Row row : table(BundledData.LIT_MENAQUINONES, "food", "food_group", "form", "ug_per_100g",
                "value_kind", "n_samples", "source_key", "notes", "evidence_level").rows()) {
            FoodDraft food = literatureFood(row);
            KForm form = KForm.parse(row.required("form"))
                    .orElseThrow(() -> row.problem("form", "unknown vitamin K form '" + row.text("form") + "'"));
            ValueKind kind = ValueKind.parse(row.required("value_kind"))
                    .orElseThrow(() -> row.problem("value_kind",
                            "unknown value kind '" + row.text("value_kind") + "'"));
            EvidenceLevel evidence = EvidenceLevel.parse(row.required("evidence_level"))
                    .orElseThrow(() -> row.problem("evidence_level", "unknown evidence level '"
                            + row.text("evidence_level") + "'"));
            food.values.add(new KValue(form, row.number("ug_per_100g"), kind, row.text("n_samples"),
                    food.sourceId, evidence, row.text("notes")));
        }
    }

    private void readLiteratureOtherValues() {
        for (CsvTable.Row row : table(BundledData.LIT_OTHER_VALUES, "food", "food_group", "measure", "value",
                "unit", "value_kind", "n_samples", "source_key", "notes").rows()) {
            FoodDraft food = literatureFood(row);
            food.reported.add(new ReportedMeasure(row.required("measure"), row.required("value"),
                    row.required("unit"), row.text("value_kind"), row.text("n_samples"), food.sourceId,
                    row.text("notes")));
        }
    }

    private FoodDraft literatureFood(CsvTable.Row row) {
        String sourceKey = row.required("source_key");
        if (!sources.containsKey(sourceKey)) {
            throw row.problem("source_key", "source '" + sourceKey + "' is not in " + BundledData.LIT_SOURCES);
        }
        String name = row.required("food");
        String id = "lit:" + sourceKey + ":" + slug(name);
        FoodDraft existing = literature.get(id);
        if (existing != null) {
            if (!existing.name.equals(name)) {
                throw row.problem("food", "'" + name + "' and '" + existing.name + "' give the same food id " + id);
            }
            return existing;
        }
        FoodDraft draft = new FoodDraft(id, name, row.required("food_group"), FoodOrigin.LITERATURE, sourceKey);
        literature.put(id, draft);
        return draft;
    }

    private void readLiteraturePortions() {
        for (CsvTable.Row row : table(BundledData.LIT_PORTIONS, "food", "source_key", "amount", "measure", "grams",
                "portion_source_key", "note").rows()) {
            String portionSource = row.required("portion_source_key");
            if (!sources.containsKey(portionSource)) {
                throw row.problem("portion_source_key", "source '" + portionSource + "' is not known");
            }
            List<FoodDraft> foods = literatureNamed(row.required("food"), row.optionalText("source_key").orElse(null));
            if (foods.isEmpty()) {
                throw row.problem("food", "no literature food named '" + row.text("food") + "'");
            }
            for (FoodDraft food : foods) {
                food.portions.add(portion(row, food.portions.size() + 1, portionSource));
            }
        }
    }

    private void readUsdaMatches() {
        Map<FoodDraft, List<FoodDraft>> matchesByUsdaFood = new LinkedHashMap<>();
        for (CsvTable.Row row : table(BundledData.USDA_MATCHES, "literature_food", "ndb_no", "reason").rows()) {
            FoodDraft usda = usdaFood(row);
            List<FoodDraft> foods = literatureNamed(row.required("literature_food"), null);
            if (foods.isEmpty()) {
                throw row.problem("literature_food", "no literature food named '" + row.text("literature_food") + "'");
            }
            matchesByUsdaFood.computeIfAbsent(usda, k -> new ArrayList<>()).addAll(foods);
        }
        matchesByUsdaFood.forEach((usda, foods) -> {
            for (FoodDraft lit : foods) {
                usda.related.add(lit.id);
                lit.related.add(usda.id);
                foods.stream().filter(other -> other != lit).forEach(other -> lit.related.add(other.id));
                for (Portion p : usda.portions) {
                    lit.portions.add(new Portion(lit.portions.size() + 1, p.amount(), p.measure(), p.grams(),
                            p.sourceId()));
                }
            }
        });
    }

    private List<FoodDraft> literatureNamed(String name, String sourceKey) {
        return literature.values().stream()
                .filter(f -> f.name.equals(name) && (sourceKey == null || f.sourceId.equals(sourceKey)))
                .toList();
    }

    private CsvTable table(String file, String... columns) {
        return CsvTable.parse(file, data.text(file), List.of(columns));
    }

    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.length() > 80 ? s.substring(0, 80) : s;
    }

    /** A food while its rows are being collected from several files. */
    private static final class FoodDraft {
        final String id;
        final String name;
        final String group;
        final FoodOrigin origin;
        final String sourceId;
        final List<KValue> values = new ArrayList<>(2);
        final List<Portion> portions = new ArrayList<>(2);
        final Map<Nutrient, Double> nutrients = new EnumMap<>(Nutrient.class);
        final Set<String> related = new LinkedHashSet<>();
        final List<ReportedMeasure> reported = new ArrayList<>(0);

        FoodDraft(String id, String name, String group, FoodOrigin origin, String sourceId) {
            this.id = id;
            this.name = name;
            this.group = group;
            this.origin = origin;
            this.sourceId = sourceId;
        }

        Food toFood() {
            return new Food(id, name, group, origin, sourceId, values, portions, nutrients, List.copyOf(related),
                    reported);
        }
    }
}
