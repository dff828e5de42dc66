package k2explorer.catalog.sources;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import k2explorer.catalog.CodeBook;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodFamily;
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
import k2explorer.i18n.Messages;
import k2explorer.studies.Claim;
import k2explorer.studies.Study;
import k2explorer.studies.StudyCatalog;

/** Turns the bundled CSV files into catalog foods, sources, families and studies, checking every reference. */
public final class CatalogContentParser {
    private final BundledData data;
    private final ProgressListener progress;

    public CatalogContentParser(BundledData data, ProgressListener progress) {
        this.data = data;
        this.progress = progress;
    }

    public CatalogContent parse() {
        CatalogDraft draft = new CatalogDraft(data);
        SourceLabels labels = new SourceLabels(data);
        progress.progress(0.05, Messages.get("catalog.build.usda"));
        new UsdaTables(draft).read();
        progress.progress(0.35, Messages.get("catalog.build.compiled"));
        new CompiledTable(draft).read(labels);
        new CiqualTable(draft).read(labels);
        new LiteratureTables(draft).read(labels);
        progress.progress(0.45, Messages.get("catalog.build.curation"));
        List<FoodFamily> families = new CurationTables(draft).read();
        List<Food> foods = draft.foods.values().stream().map(FoodDraft::toFood).toList();
        progress.progress(0.5, Messages.get("catalog.build.studies"));
        List<Study> studies = StudiesParser.studies(BundledData.STUDIES, data.text(BundledData.STUDIES));
        List<Claim> claims = StudiesParser.claims(BundledData.CLAIMS, data.text(BundledData.CLAIMS), studies,
                Set.copyOf(draft.sources.keySet()), foods.stream().map(Food::id).collect(Collectors.toSet()));
        return new CatalogContent(foods, List.copyOf(draft.sources.values()), families,
                new CodeBook(draft.sourceCodes, draft.derivationCodes), new StudyCatalog(studies, claims));
    }
}
