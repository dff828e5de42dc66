package k2explorer.catalog.build;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
final class StudiesParser {
    private static final List<String> STUDY_COLUMNS = List.of("key", "label", "citation", "doi", "pmid", "topic",
            "design", "population", "n", "form", "dose_ug_per_day", "dose_text", "duration", "outcomes",
            "main_result", "limitations", "grade", "grade_reason", "summary", "read_where", "verified",
            "cited_by_seed", "funding_note");
    private static final List<String> CLAIM_COLUMNS = List.of("id", "kind", "claim", "seeds", "verdict", "why",
            "study_keys", "source_keys", "food_words");

    private StudiesParser() {
    }

    static List<Study> studies(String name, String text) {
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
                    row.text("cited_by_seed"), row.text("funding_note"));
            if (verified && (study.readWhere().isEmpty() || study.grade() == EvidenceGrade.UNGRADED)) {
                throw row.problem("read_where", "a verified study must say where it was read and carry a grade");
            }
            if (studies.put(key, study) != null) {
                throw row.problem("key", "'" + key + "' appears twice");
            }
        }
        return List.copyOf(studies.values());
    }

    static List<Claim> claims(String name, String text, Set<String> studyKeys, Set<String> sourceKeys) {
        Map<String, Claim> claims = new LinkedHashMap<>();
        for (CsvTable.Row row : CsvTable.parse(name, text, CLAIM_COLUMNS).rows()) {
            List<String> studies = list(row.text("study_keys"));
            List<String> sources = list(row.text("source_keys"));
            for (String key : studies) {
                if (!studyKeys.contains(key)) {
                    throw row.problem("study_keys", "no study with key '" + key + "'");
                }
            }
            for (String key : sources) {
                if (!sourceKeys.contains(key)) {
                    throw row.problem("source_keys", "no literature source with key '" + key + "'");
                }
            }
            Verdict verdict = enumValue(row, "verdict", Verdict.class);
            if (verdict != Verdict.UNSOURCED && studies.isEmpty() && sources.isEmpty()) {
                throw row.problem("study_keys", "only an unsourced claim may name no study and no source");
            }
            Claim claim = new Claim(row.required("id"), enumValue(row, "kind", ClaimKind.class),
                    row.required("claim"), list(row.text("seeds")), verdict, row.required("why"), studies, sources,
                    row.text("food_words"));
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
