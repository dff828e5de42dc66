package k2explorer.catalog.sources;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import k2explorer.catalog.CatalogException;
import k2explorer.csv.CsvTable;
import k2explorer.studies.Claim;
import k2explorer.studies.ClaimKind;
import k2explorer.studies.EvidenceGrade;
import k2explorer.studies.Study;
import k2explorer.studies.StudyDesign;
import k2explorer.studies.StudyForm;
import k2explorer.studies.StudyTopic;
import k2explorer.studies.Verdict;

/** Reads the study catalog and the claim verdicts, checking that every key a claim names exists. */
public final class StudiesParser {
    private static final List<String> STUDY_COLUMNS = List.of("key", "label", "citation", "doi", "pmid", "topic",
            "design", "population", "n", "form", "dose_ug_per_day", "dose_text", "duration", "outcomes",
            "main_result", "limitations", "grade", "grade_reason", "summary", "read_where", "verified",
            "cited_by_seed", "funding_note", "trial");
    private static final List<String> CLAIM_COLUMNS = List.of("id", "inventory_ids", "kind", "safety", "claim",
            "seeds", "seed_figure", "verdict", "why", "takeaway", "studies_for", "studies_against", "studies_context",
            "food_ids", "source_keys", "panel", "seed_table_row");
    /**
     * Words of the project's own bookkeeping ("Re-judged …", "it was marked …"): they belong in {@code curation_note},
     * which is never shown, not in the text people read.
     */
    private static final java.util.regex.Pattern BOOKKEEPING = java.util.regex.Pattern.compile(
            "(?i)\\bre-?judged\\b|\\bit was marked\\b|\\bwith the new data\\b");

    private StudiesParser() {
    }

    public static List<Study> studies(String name, String text) {
        Map<String, Study> studies = new LinkedHashMap<>();
        for (CsvTable.Row row : CsvTable.parse(name, text, STUDY_COLUMNS).rows()) {
            String key = row.required("key");
            boolean verified = switch (row.required("verified")) {
                case "yes" -> true;
                case "no" -> false;
                default -> throw row.problem("verified", "must be yes or no");
            };
            Study study = new Study(key, row.required("label"), row.required("citation"), row.text("doi"),
                    row.text("pmid"), enumValue(row, "topic", StudyTopic.class),
                    enumValue(row, "design", StudyDesign.class), row.text("population"),
                    row.optionalText("n").map(v -> row.integer("n")).orElse(null),
                    enumValue(row, "form", StudyForm.class),
                    row.optionalText("dose_ug_per_day").map(v -> positive(row, "dose_ug_per_day")).orElse(null),
                    row.text("dose_text"), row.text("duration"), row.text("outcomes"), row.required("main_result"),
                    row.text("limitations"), enumValue(row, "grade", EvidenceGrade.class),
                    row.required("grade_reason"), row.required("summary"), row.text("read_where"), verified,
                    row.text("cited_by_seed"), row.text("funding_note"), row.text("trial"));
            if (verified && (study.readWhere().isEmpty() || study.grade() == EvidenceGrade.UNGRADED)) {
                throw row.problem("read_where", "a verified study must say where it was read and carry a grade");
            }
            if (!verified && !study.mainResult().startsWith("Not read")) {
                throw row.problem("main_result",
                        "a study that was not verified carries no result (it starts with 'Not read')");
            }
            if (!verified && study.grade() != EvidenceGrade.UNGRADED) {
                throw row.problem("grade", "a study that was not verified must be UNGRADED");
            }
            if (studies.put(key, study) != null) {
                throw row.problem("key", "'" + key + "' appears twice");
            }
        }
        for (Study s : studies.values()) {
            if (!s.trial().isEmpty() && studies.containsKey(s.trial())) {
                throw new CatalogException(name + ": trial '" + s.trial() + "' of " + s.key()
                        + " is also a study key; a trial id names the trial, not one of its reports");
            }
        }
        return List.copyOf(studies.values());
    }

    /**
     * Reads claims.csv, refusing a claim that names a study, literature source or catalog food that does not exist,
     * cites a study marked not verified, or covers an inventory claim another row already covers.
     */
    public static List<Claim> claims(String name, String text, List<Study> studies, Set<String> sourceKeys,
                              Set<String> foodIds) {
        Map<String, Study> studyByKey = new HashMap<>();
        studies.forEach(s -> studyByKey.put(s.key(), s));
        Map<String, Claim> claims = new LinkedHashMap<>();
        Map<String, String> inventory = new HashMap<>();
        Set<Integer> tableRows = new HashSet<>();
        for (CsvTable.Row row : CsvTable.parse(name, text, CLAIM_COLUMNS).rows()) {
            String id = row.required("id");
            Map<String, List<String>> roles = new LinkedHashMap<>();
            Set<String> cited = new HashSet<>();
            for (String column : List.of("studies_for", "studies_against", "studies_context")) {
                List<String> keys = list(row.text(column));
                for (String key : keys) {
                    Study study = studyByKey.get(key);
                    if (study == null) {
                        throw row.problem(column, "no study with key '" + key + "'");
                    }
                    if (!study.verified()) {
                        throw row.problem(column, "'" + key + "' is not verified: no verdict may rest on it");
                    }
                    if (!cited.add(key)) {
                        throw row.problem(column, "'" + key + "' is cited in more than one role");
                    }
                }
                roles.put(column, keys);
            }
            List<String> sources = list(row.text("source_keys"));
            for (String key : sources) {
                if (!sourceKeys.contains(key)) {
                    throw row.problem("source_keys", "no literature source with key '" + key + "'");
                }
            }
            List<String> foods = list(row.text("food_ids"));
            for (String food : foods) {
                if (!foodIds.contains(food)) {
                    throw row.problem("food_ids", "no catalog food with id '" + food + "'");
                }
            }
            Verdict verdict = enumValue(row, "verdict", Verdict.class);
            if (verdict != Verdict.UNSOURCED && cited.isEmpty() && sources.isEmpty() && foods.isEmpty()) {
                throw row.problem("verdict", "only an unsourced claim may name no study, source or food");
            }
            boolean safety = switch (row.required("safety")) {
                case "yes" -> true;
                case "no" -> false;
                default -> throw row.problem("safety", "must be yes or no");
            };
            if (safety && row.text("takeaway").isBlank()) {
                throw row.problem("takeaway", "a safety claim says what a person should and should not conclude");
            }
            List<String> inventoryIds = list(row.text("inventory_ids"));
            for (String inv : inventoryIds) {
                String other = inventory.put(inv, id);
                if (other != null) {
                    throw row.problem("inventory_ids", "'" + inv + "' is already covered by claim '" + other + "'");
                }
            }
            Integer tableRow = row.optionalText("seed_table_row").map(v -> row.integer("seed_table_row")).orElse(null);
            if (tableRow != null && (tableRow < 1 || !tableRows.add(tableRow) || row.text("seed_figure").isBlank())) {
                throw row.problem("seed_table_row", "a seed table row is a number from 1, used once, with its figure");
            }
            for (String shown : List.of("claim", "why", "takeaway")) {
                if (BOOKKEEPING.matcher(row.text(shown)).find()) {
                    throw row.problem(shown, "an editorial note is bookkeeping: put it in curation_note, which is"
                            + " not shown");
                }
            }
            String panel = row.text("panel");
            if (!panel.matches("[a-z0-9-]*")) {
                throw row.problem("panel", "'" + panel + "' is not a learn panel id");
            }
            Claim claim = new Claim(id, inventoryIds, enumValue(row, "kind", ClaimKind.class), safety,
                    row.required("claim"), list(row.text("seeds")), row.text("seed_figure"), verdict,
                    row.required("why"), row.text("takeaway"), roles.get("studies_for"),
                    roles.get("studies_against"), roles.get("studies_context"), foods, sources, panel, tableRow);
            if (claims.put(claim.id(), claim) != null) {
                throw row.problem("id", "'" + claim.id() + "' appears twice");
            }
        }
        return List.copyOf(claims.values());
    }

    private static double positive(CsvTable.Row row, String column) {
        double value = row.number(column);
        if (value <= 0) {
            throw row.problem(column, "a dose must be more than 0");
        }
        return value;
    }

    private static List<String> list(String text) {
        return text.isBlank() ? List.of()
                : Arrays.stream(text.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static <E extends Enum<E>> E enumValue(CsvTable.Row row, String column, Class<E> type) {
        String value = row.required(column);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw row.problem(column, "'" + value + "' is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }
    }
}
