package k2explorer.catalog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import k2explorer.storage.Sql;
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
                Sql.addRow(p, s.key(), s.label(), s.citation(), s.doi(), s.pmid(), s.topic().name(),
                        s.design().name(), s.population(), s.participants(), s.form().name(),
                        s.dosePerDayMicrograms(), s.doseText(), s.duration(), s.outcomes(), s.mainResult(),
                        s.limitations(), s.grade().name(), s.gradeReason(), s.summary(), s.readWhere(),
                        s.verified() ? 1 : 0, s.citedBySeed(), s.fundingNote(), s.trial());
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
                Sql.addRow(claim, cl.id(), String.join(";", cl.inventoryIds()), cl.kind().name(),
                        cl.safety() ? 1 : 0, cl.text(), String.join(";", cl.seeds()), cl.seedFigure(),
                        cl.verdict().name(), cl.why(), cl.takeaway(), cl.panel(), cl.seedTableRow());
                int seq = 0;
                for (ClaimRole role : ClaimRole.values()) {
                    for (String key : cl.studies(role)) {
                        Sql.addRow(study, cl.id(), key, seq++, role.name());
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
            Sql.addRow(p, claimId, keys.get(i), i);
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
