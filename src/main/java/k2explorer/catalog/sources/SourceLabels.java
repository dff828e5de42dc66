package k2explorer.catalog.sources;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import k2explorer.catalog.Source;
import k2explorer.catalog.SourceKind;
import k2explorer.csv.CsvTable;

/** Our short label, kind, industry tie and caveat for each source key (curation/source_labels.csv). */
final class SourceLabels {
    private final Map<String, CsvTable.Row> labels = new HashMap<>();

    SourceLabels(BundledData data) {
        for (CsvTable.Row row : data.table(BundledData.SOURCE_LABELS, "source_key", "short_label", "kind",
                "industry_affiliated", "caveat").rows()) {
            labels.put(row.required("source_key"), row);
        }
    }

    /**
     * A source with our label and caveat; {@code note} is the upstream file's own remark, appended to the caveat.
     * A key without a label is a publication labelled by its key.
     */
    Source source(String key, CsvTable.Row upstream, String citation, String doi, String pmid, String url,
                  String whatWasRead) {
        CsvTable.Row label = labels.get(key);
        String caveat = label == null ? "" : label.text("caveat");
        return new Source(key, label == null ? SourceKind.PUBLICATION : kind(label),
                label == null ? key : label.required("short_label"), citation, blankToNull(doi), blankToNull(pmid),
                blankToNull(url), whatWasRead == null ? "" : whatWasRead,
                label != null && label.text("industry_affiliated").equalsIgnoreCase("yes"), caveat);
    }

    private static SourceKind kind(CsvTable.Row label) {
        try {
            return SourceKind.valueOf(label.required("kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw label.problem("kind", "unknown source kind '" + label.text("kind") + "'");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
