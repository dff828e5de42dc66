package k2explorer.catalog.store;

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
import k2explorer.studies.ClaimRole;
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
        writeClaims(c, catalog.claims());
    }

    private static void writeClaims(Connection c, List<Claim> claims) throws SQLException {
        try (PreparedStatement claim = c.prepareStatement("INSERT INTO claim (id, inventory_ids, kind, safety, text, "
                + "seeds, seed_figure, verdict, why, takeaway, panel, seed_table_row) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement study = c.prepareStatement(
                     "INSERT INTO claim_study (claim_id, study_key, seq, role) VALUES (?, ?, ?, ?)");
             PreparedStatement food = c.prepareStatement(
                     "INSERT INTO claim_food (claim_id, food_id, seq) VALUES (?, ?, ?)");
             PreparedStatement source = c.prepareStatement(
                     "INSERT INTO claim_source (claim_id, source_id, seq) VALUES (?, ?, ?)")) {
            for (Claim cl : claims) {
                claim.setString(1, cl.id());
                claim.setString(2, String.join(";", cl.inventoryIds()));
                claim.setString(3, cl.kind().name());
                claim.setInt(4, cl.safety() ? 1 : 0);
                claim.setString(5, cl.text());
                claim.setString(6, String.join(";", cl.seeds()));
                claim.setString(7, cl.seedFigure());
                claim.setString(8, cl.verdict().name());
                claim.setString(9, cl.why());
                claim.setString(10, cl.takeaway());
                claim.setString(11, cl.panel());
                if (cl.seedTableRow() == null) {
                    claim.setNull(12, Types.INTEGER);
                } else {
                    claim.setInt(12, cl.seedTableRow());
                }
                claim.addBatch();
                int seq = 0;
                for (ClaimRole role : ClaimRole.values()) {
                    for (String key : cl.studies(role)) {
                        study.setString(1, cl.id());
                        study.setString(2, key);
                        study.setInt(3, seq++);
                        study.setString(4, role.name());
                        study.addBatch();
                    }
                }
                addLinks(food, cl.id(), cl.foodIds());
                addLinks(source, cl.id(), cl.sourceKeys());
            }
            claim.executeBatch();
            study.executeBatch();
            food.executeBatch();
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
        return new StudyCatalog(studies, readClaims(c));
    }

    private static List<Claim> readClaims(Connection c) throws SQLException {
        Map<String, Map<ClaimRole, List<String>>> studyLinks = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT claim_id, study_key, role FROM claim_study ORDER BY seq"); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                studyLinks.computeIfAbsent(rs.getString(1), k -> new java.util.EnumMap<>(ClaimRole.class))
                        .computeIfAbsent(ClaimRole.valueOf(rs.getString(3)), k -> new ArrayList<>())
                        .add(rs.getString(2));
            }
        }
        Map<String, List<String>> foodLinks = links(c, "SELECT claim_id, food_id FROM claim_food ORDER BY seq");
        Map<String, List<String>> sourceLinks = links(c, "SELECT claim_id, source_id FROM claim_source ORDER BY seq");
        List<Claim> claims = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, inventory_ids, kind, safety, text, seeds, "
                + "seed_figure, verdict, why, takeaway, panel, seed_table_row FROM claim ORDER BY seq");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                int row = rs.getInt(12);
                Integer tableRow = rs.wasNull() ? null : row;
                Map<ClaimRole, List<String>> roles = studyLinks.getOrDefault(id, Map.of());
                claims.add(new Claim(id, split(rs.getString(2)), ClaimKind.valueOf(rs.getString(3)),
                        rs.getInt(4) == 1, rs.getString(5), split(rs.getString(6)), rs.getString(7),
                        Verdict.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10),
                        roles.getOrDefault(ClaimRole.FOR, List.of()), roles.getOrDefault(ClaimRole.AGAINST, List.of()),
                        roles.getOrDefault(ClaimRole.CONTEXT, List.of()), foodLinks.getOrDefault(id, List.of()),
                        sourceLinks.getOrDefault(id, List.of()), rs.getString(11), tableRow));
            }
        }
        return claims;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(";"));

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
