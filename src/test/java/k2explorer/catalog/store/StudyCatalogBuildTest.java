package k2explorer.catalog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import k2explorer.catalog.CatalogException;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.StudiesParser;
import k2explorer.studies.EvidenceGrade;
import k2explorer.studies.Study;
import k2explorer.studies.StudyCatalog;
import org.junit.jupiter.api.Test;

/** The study catalog and claims go through the SQLite catalog file intact and every link resolves. */
class StudyCatalogBuildTest extends BuiltCatalogTest {
    @Test
    void everyStudyOfTheBundledFileIsInTheDatabase() {
        BundledData data = BundledData.load();
        List<Study> fromFile = StudiesParser.studies(BundledData.STUDIES, data.text(BundledData.STUDIES));
        assertEquals(fromFile, studies.studies(), "studies read back from SQLite equal the parsed file");
        assertTrue(studies.studies().size() >= 25, "at least 25 studies: " + studies.studies().size());
    }

    @Test
    void studiesThatWereNotReadAreMarkedAndCarryNoGrade() {
        List<Study> unread = studies.studies().stream().filter(s -> !s.verified()).toList();
        assertEquals(Set.of("IWAMOTO2014", "ORIMO1992", "BRANDENBURG2017", "HUANG2015", "TAI2014_COCHRANE",
                "SUKSOMBOON2017"), unread.stream().map(Study::key).collect(
                java.util.stream.Collectors.toSet()));
        unread.forEach(s -> assertEquals(EvidenceGrade.UNGRADED, s.grade()));
        studies.studies().stream().filter(Study::verified).forEach(s ->
                assertFalse(s.readWhere().isBlank(), s.key() + " says where it was read"));
    }

    @Test
    void whereAStudyWasReadIsSaidInWordsWithoutAMirrorSitesHostName() {
        java.util.regex.Pattern host = java.util.regex.Pattern.compile(
                "\\b[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(com|org|net|dev|info|io|cn|de|in|pub|us|uk|nl|ua|edu|gov|no)\\b");
        List<String> hosts = studies.studies().stream().filter(Study::verified)
                .filter(s -> host.matcher(s.readWhere().replace("ClinicalTrials.gov", "")).find())
                .map(s -> s.key() + ": " + s.readWhere()).toList();
        assertEquals(List.of(), hosts);
        assertTrue(host.matcher("Abstract on PubMed (via the mdsite.deno.dev copy)").find(), "the check can fail");
    }

    @Test
    void aBadDesignIsReportedWithTheAllowedValues() {
        BundledData data = BundledData.load();
        String text = data.text(BundledData.STUDIES).replaceFirst(",COHORT,", ",GUESS,");
        CatalogException e = assertThrows(CatalogException.class,
                () -> StudiesParser.studies("studies.csv", text));
        assertTrue(e.getMessage().startsWith("studies.csv line 2, column design: 'GUESS' is not one of [META"),
                e.getMessage());
    }

    @Test
    void reportsOfOneTrialShareItAndCountOnce() {
        Study bone = studies.study("KNAPEN2013").orElseThrow();
        Study arteries = studies.study("KNAPEN2015").orElseThrow();
        assertEquals("KNAPEN_MK7_3Y", bone.trialKey());
        assertEquals(bone.trialKey(), arteries.trialKey());
        assertEquals(List.of(bone, arteries), studies.reportsOf(bone));
        assertEquals(1, StudyCatalog.trialCount(List.of(bone, arteries)));
        // Both reports carry the industry-funding caveat, though only the 2015 abstract states it.
        assertTrue(bone.fundingNote().contains("NattoPharma"), bone.fundingNote());
        assertTrue(arteries.fundingNote().contains("NattoPharma"), arteries.fundingNote());
        Study alone = studies.study("GAST2009").orElseThrow();
        assertEquals("GAST2009", alone.trialKey());
        assertEquals(List.of(alone), studies.reportsOf(alone));
        // Three trials have two reports each: Knapen (bone, arteries), AVADEC (valve, coronary), Valkyrie.
        Study valve = studies.study("DIEDERICHSEN2022").orElseThrow();
        Study coronary = studies.study("HASIFIC2023").orElseThrow();
        assertEquals("AVADEC", valve.trialKey());
        assertEquals(List.of(valve, coronary), studies.reportsOf(valve));
        assertEquals(studies.study("DEVRIESE2020").orElseThrow().trialKey(),
                studies.study("DEVRIESE2021").orElseThrow().trialKey());
        assertEquals(studies.studies().size() - 3, StudyCatalog.trialCount(studies.studies()));
    }

    @Test
    void binkleyHadAK1ArmAndAnMk4Arm() {
        Study binkley = studies.study("BINKLEY2009").orElseThrow();
        assertEquals(k2explorer.studies.StudyForm.K1_AND_MK4, binkley.form());
        assertTrue(binkley.doseText().contains("1 mg K1") && binkley.doseText().contains("45 mg MK-4"));
    }

    @Test
    void anUnreadStudyWithAResultOrAGradeIsRefused() {
        BundledData data = BundledData.load();
        String text = data.text(BundledData.STUDIES);
        String orimo = text.lines().filter(l -> l.startsWith("ORIMO1992,")).findFirst().orElseThrow();
        CatalogException graded = assertThrows(CatalogException.class, () -> StudiesParser.studies("studies.csv",
                text.replace(orimo, orimo.replace(",UNGRADED,", ",LOW,"))));
        assertTrue(graded.getMessage().contains("column grade"), graded.getMessage());
        CatalogException result = assertThrows(CatalogException.class, () -> StudiesParser.studies("studies.csv",
                text.replace(orimo, orimo.replace("Not read:", "Found:"))));
        assertTrue(result.getMessage().contains("column main_result"), result.getMessage());
    }

    @Test
    void aTrialIdThatIsAlsoAStudyKeyIsRefused() {
        BundledData data = BundledData.load();
        String text = data.text(BundledData.STUDIES).replace(",KNAPEN_MK7_3Y", ",KNAPEN2013");
        CatalogException e = assertThrows(CatalogException.class, () -> StudiesParser.studies("studies.csv", text));
        assertTrue(e.getMessage().contains("trial 'KNAPEN2013'"), e.getMessage());
    }
}
