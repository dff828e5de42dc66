package k2explorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import k2explorer.UsLocale;
import k2explorer.coverage.CountedForms;
import k2explorer.studies.EvidenceGrade;
import k2explorer.studies.Study;
import k2explorer.studies.StudyDesign;
import k2explorer.studies.StudyForm;
import k2explorer.studies.StudyTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** How a study's dose is written and explained: drug doses in mg, and trials with two arms say so. */
@ExtendWith(UsLocale.class)
class StudyDoseTest {
    private static Study study(String key, StudyDesign design, StudyForm form, Double dose, String doi, String pmid) {
        return new Study(key, key, "Someone A, et al. J Test. 2020;1:2-3.", doi, pmid, StudyTopic.BONE, design,
                "people", 10, form, dose, "dose text", "1 year", "outcomes", "result", "", EvidenceGrade.LOW,
                "why", "summary", "read there", true, "", "", "");
    }

    @Test
    void amountsFromOneMilligramUpAreWrittenInMilligrams() {
        assertEquals("45 mg", StudyDose.amount(45_000));
        assertEquals("1 mg", StudyDose.amount(1_000));
        assertEquals("375 µg", StudyDose.amount(375));
        assertEquals("10 µg", StudyDose.amount(10));
    }

    @Test
    void theJapaneseMk4DoseIsADrugDoseAndAFoodLevelDoseIsNot() {
        StudyDose mk4 = StudyDose.of(study("A", StudyDesign.RCT, StudyForm.MK4, 45_000.0, "", "")).orElseThrow();
        assertTrue(mk4.drugDose());
        assertEquals(CountedForms.MK4_ONLY, mk4.counted());
        assertFalse(StudyDose.of(study("B", StudyDesign.RCT, StudyForm.MK7, 180.0, "", "")).orElseThrow().drugDose());
    }

    @Test
    void aTrialWithAK1ArmAndAnMk4ArmExplainsWhyNoSingleDoseIsLookedUp() {
        Study binkley = study("C", StudyDesign.RCT, StudyForm.K1_AND_MK4, null, "", "");
        assertTrue(StudyDose.of(binkley).isEmpty());
        assertTrue(StudyDose.whyNone(binkley).contains("separate arms"), StudyDose.whyNone(binkley));
        Study noDose = study("D", StudyDesign.RCT, StudyForm.MK7, null, "", "");
        assertEquals("This study did not give one fixed daily dose.", StudyDose.whyNone(noDose));
    }

    @Test
    void theCitationToCopyCarriesTheDoiAndPubmedIdAndEachHasItsOwnLink() {
        Study both = study("E", StudyDesign.RCT, StudyForm.MK7, 180.0, "10.1/abc", "123");
        assertEquals("Someone A, et al. J Test. 2020;1:2-3. doi:10.1/abc PMID: 123", both.citeAs());
        assertEquals("https://doi.org/10.1/abc", both.doiLink().orElseThrow());
        assertEquals("https://pubmed.ncbi.nlm.nih.gov/123/", both.pubmedLink().orElseThrow());
        Study neither = study("F", StudyDesign.RCT, StudyForm.MK7, 180.0, "", "");
        assertEquals("Someone A, et al. J Test. 2020;1:2-3.", neither.citeAs());
        assertTrue(neither.doiLink().isEmpty() && neither.pubmedLink().isEmpty());
    }
}
