package k2explorer.catalog.build;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import k2explorer.studies.Claim;
import k2explorer.studies.ClaimKind;
import k2explorer.studies.EvidenceGrade;
import k2explorer.studies.Study;
import k2explorer.studies.StudyCatalog;
import k2explorer.studies.StudyDesign;
import k2explorer.studies.StudyForm;
import k2explorer.studies.StudyTopic;
import k2explorer.studies.Verdict;

/** Writes and reads the study and claim tables of the catalog database. */
final class StudyTables {
    private StudyTables() {
    }

    static void write(Connection c, StudyCatalog catalog) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO study (key, label, citation, doi, pmid, topic, "
                + "design, population, participants, form, dose_ug_per_day, dose_text, duration, outcomes, "
                + "main_result, limitations, grade, grade_reason, summary, read_where, verified, cited_by_seed, "
                + "funding_note, trial) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?)")) {
            for (Study s : catalog.studies()) {
                p.setString(1, s.key());
                p.setString(2, s.label());
                p.setString(3, s.citation());
                p.setString(4, s.doi());
                p.setString(5, s.pmid());
                p.setString(6, s.topic().name());
                p.setString(7, s.design().name());
                p.setString(8, s.population());
                if (s.participants() == null) {
                    p.setNull(9, Types.INTEGER);
                } else {
                    p.setInt(9, s.participants());
                }
                p.setString(10, s.form().name());
                if (s.dosePerDayMicrograms() == null) {
                    p.setNull(11, Types.REAL);
                } else {
                    p.setDouble(11, s.dosePerDayMicrograms());
                }
                String[] texts = {s.doseText(), s.duration(), s.outcomes(), s.mainResult(), s.limitations()};
                for (int i = 0; i < texts.length; i++) {
                    p.setString(12 + i, texts[i]);
                }
                p.setString(17, s.grade().name());
                p.setString(18, s.gradeReason());
                p.setString(19, s.summary());
                p.setString(20, s.readWhere());
                p.setInt(21, s.verified() ? 1 : 0);
                p.setString(22, s.citedBySeed());
                p.setString(23, s.fundingNote());
                p.setString(24, s.trial());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement claim = c.prepareStatement("INSERT INTO claim (id, kind, text, seeds, verdict, why, "
                + "food_word) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement study = c.prepareStatement(
                     "INSERT INTO claim_study (claim_id, study_key, seq) VALUES (?, ?, ?)");
             PreparedStatement source = c.prepareStatement(
                     "INSERT INTO claim_source (claim_id, source_id, seq) VALUES (?, ?, ?)")) {
            for (Claim cl : catalog.claims()) {
                claim.setString(1, cl.id());
                claim.setString(2, cl.kind().name());
                claim.setString(3, cl.text());
                claim.setString(4, String.join(";", cl.seeds()));
                claim.setString(5, cl.verdict().name());
                claim.setString(6, cl.why());
                claim.setString(7, cl.foodWord());
                claim.addBatch();
                addLinks(study, cl.id(), cl.studyKeys());
                addLinks(source, cl.id(), cl.sourceKeys());
            }
            claim.executeBatch();
            study.executeBatch();
            source.executeBatch();
        }
    }

    private static void addLinks(PreparedStatement p, String claimId, List<String> keys) throws SQLException {
        for (int i = 0; i < keys.size(); i++) {
            p.setString(1, claimId);
            p.setString(2, keys.get(i));
            p.setInt(3, i);
            p.addBatch();
        }
    }

    static StudyCatalog read(Connection c) throws SQLException {
        List<Study> studies = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT key, label, citation, doi, pmid, topic, design, "
                + "population, participants, form, dose_ug_per_day, dose_text, duration, outcomes, main_result, "
                + "limitations, grade, grade_reason, summary, read_where, verified, cited_by_seed, funding_note, "
                + "trial FROM study ORDER BY seq"); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                int n = rs.getInt(9);
                Integer participants = rs.wasNull() ? null : n;
                double dose = rs.getDouble(11);
                Double perDay = rs.wasNull() ? null : dose;
                studies.add(new Study(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), StudyTopic.valueOf(rs.getString(6)), StudyDesign.valueOf(rs.getString(7)),
                        rs.getString(8), participants, StudyForm.valueOf(rs.getString(10)), perDay,
                        rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16),
                        EvidenceGrade.valueOf(rs.getString(17)), rs.getString(18), rs.getString(19),
                        rs.getString(20), rs.getInt(21) == 1, rs.getString(22), rs.getString(23),
                        rs.getString(24)));
            }
        }
        Map<String, List<String>> studyLinks = links(c, "SELECT claim_id, study_key FROM claim_study ORDER BY seq");
        Map<String, List<String>> sourceLinks = links(c, "SELECT claim_id, source_id FROM claim_source ORDER BY seq");
        List<Claim> claims = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id, kind, text, seeds, verdict, why, food_word FROM claim ORDER BY seq");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                String seeds = rs.getString(4);
                claims.add(new Claim(id, ClaimKind.valueOf(rs.getString(2)), rs.getString(3),
                        seeds == null || seeds.isEmpty() ? List.of() : List.of(seeds.split(";")),
                        Verdict.valueOf(rs.getString(5)), rs.getString(6), studyLinks.getOrDefault(id, List.of()),
                        sourceLinks.getOrDefault(id, List.of()), rs.getString(7)));
            }
        }
        return new StudyCatalog(studies, claims);
    }

    private static Map<String, List<String>> links(Connection c, String sql) throws SQLException {
        Map<String, List<String>> links = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                links.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return links;
    }
}
