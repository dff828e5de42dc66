package k2explorer.ui.studies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import k2explorer.EachLocale;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.catalog.store.CatalogStore;
import k2explorer.catalog.store.OpenedCatalog;
import k2explorer.learn.LearnPanels;
import k2explorer.studies.Claim;
import k2explorer.studies.ClaimKind;
import k2explorer.studies.Study;
import k2explorer.studies.StudyCatalog;
import k2explorer.studies.StudyDesign;
import k2explorer.studies.Verdict;
import k2explorer.ui.common.EnumLabels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The Studies and Claims filters on the bundled studies and claims, without the FX toolkit. */
class StudyAndClaimFiltersTest {
    private static Catalog catalog;
    private static StudyCatalog studyCatalog;

    @BeforeAll
    static void build(@TempDir Path dir) {
        OpenedCatalog opened = new CatalogStore(dir, BundledData.load()).open(ProgressListener.NONE);
        catalog = opened.catalog();
        studyCatalog = opened.studies();
    }

    private static StudiesViewModel studies() {
        StudiesViewModel model = new StudiesViewModel();
        model.setCatalog(studyCatalog);
        return model;
    }

    @EachLocale
    void eachStudyFilterKeepsOnlyWhatMatchesAndTheyCombine() {
        StudiesViewModel model = studies();
        int all = model.visible().size();
        model.designProperty().set(StudyDesign.RCT);
        List<Study> trials = List.copyOf(model.visible());
        assertTrue(!trials.isEmpty() && trials.size() < all, trials.size() + " of " + all);
        assertTrue(trials.stream().allMatch(s -> s.design() == StudyDesign.RCT));
        Study first = trials.get(0);
        model.gradeProperty().set(first.grade());
        assertTrue(model.visible().stream().allMatch(s -> s.design() == StudyDesign.RCT && s.grade() == first.grade()));
        assertTrue(model.visible().contains(first));
        model.clearFilters();
        assertEquals(all, model.visible().size());
    }

    @EachLocale
    void theQueryMatchesWordsInAnyOrderIgnoringAccents() {
        StudiesViewModel model = studies();
        model.queryProperty().set("WARFARIN");
        List<Study> hits = List.copyOf(model.visible());
        assertTrue(!hits.isEmpty() && hits.size() < studyCatalog.studies().size());
        // The table's filter and the search box's strip find the same studies: those whose words say "warfarin".
        List<Study> saying = saying("warfarin");
        assertEquals(saying, model.search("Warfarin"));
        assertEquals(java.util.Set.copyOf(saying), java.util.Set.copyOf(hits));
        model.queryProperty().set("no such words in any study");
        assertTrue(model.visible().isEmpty());
    }

    @EachLocale
    void selectingAStudyTheFiltersHideClearsThem() {
        StudiesViewModel model = studies();
        model.queryProperty().set("no such words in any study");
        Study any = studyCatalog.studies().get(0);
        assertTrue(model.select(any.key()));
        assertEquals(any, model.selectedProperty().get());
        assertTrue(model.visible().contains(any));
        assertTrue(!model.select("no-such-study"));
    }

    @EachLocale
    void theVerdictFilterKeepsThoseClaimsAndSelectingAHiddenOneClearsIt() {
        ClaimsViewModel model = new ClaimsViewModel();
        model.setCatalog(catalog, studyCatalog, LearnPanels.load());
        int all = model.visible().size();
        model.verdictProperty().set(Verdict.CONTRADICTED);
        List<Claim> contradicted = List.copyOf(model.visible());
        assertTrue(!contradicted.isEmpty() && contradicted.size() < all);
        assertTrue(contradicted.stream().allMatch(c -> c.verdict() == Verdict.CONTRADICTED));
        Claim other = studyCatalog.claims().stream().filter(c -> c.verdict() != Verdict.CONTRADICTED)
                .findFirst().orElseThrow();
        assertTrue(model.select(other.id()));
        assertEquals(all, model.visible().size(), "the filter that hid it is cleared");
        model.verdictProperty().set(null);
        assertEquals(all, model.visible().size());
    }

    @EachLocale
    void theClaimsTabsOwnSearchKeepsOnlyClaimsWithTheWordsAndSelectingAHiddenClaimClearsIt() {
        ClaimsViewModel model = new ClaimsViewModel();
        model.setCatalog(catalog, studyCatalog);
        int all = model.visible().size();
        model.queryProperty().set("nattokinase");
        List<Claim> found = List.copyOf(model.visible());
        assertTrue(!found.isEmpty() && found.size() < all, found.size() + " of " + all);
        assertTrue(found.stream().allMatch(c -> (c.text() + " " + c.why()).toLowerCase(java.util.Locale.ROOT).contains("nattokinase")),
                found.toString());
        Claim hidden = studyCatalog.claims().stream().filter(c -> !found.contains(c)).findFirst().orElseThrow();
        assertTrue(model.select(hidden.id()));
        assertEquals("", model.queryProperty().get(), "the search that hid it is cleared");
        assertEquals(all, model.visible().size());
    }

    @EachLocale
    void aSafetyClaimOfAnotherKindSaysSafetyOnceInItsKind() {
        Claim dose = studyCatalog.claims().stream().filter(c -> c.safety() && c.kind() != ClaimKind.SAFETY)
                .findFirst().orElseThrow();
        Claim safety = studyCatalog.claims().stream().filter(c -> c.kind() == ClaimKind.SAFETY).findFirst()
                .orElseThrow();
        assertEquals(EnumLabels.of(dose.kind()) + " · safety", ClaimsView.kindText(dose));
        assertEquals(EnumLabels.of(safety.kind()), ClaimsView.kindText(safety));
    }

    /**
     * The studies, in catalog order, whose name, citation, topic, design, form (as the table words them), summary or
     * result holds {@code word} (lower case).
     */
    private static List<Study> saying(String word) {
        return studyCatalog.studies().stream().filter(s -> String.join(" ", s.key(), s.label(), s.citation(),
                EnumLabels.of(s.topic()), EnumLabels.of(s.design()), EnumLabels.of(s.form()), s.summary(),
                s.mainResult()).toLowerCase(java.util.Locale.ROOT).contains(word)).toList();
    }

    /** Search keys are made when a search first needs them, not on the FX thread before the first frame. */
    @org.junit.jupiter.api.Test
    void searchKeysAreMadeForTheFirstSearchNotWithTheCatalog() {
        StudiesViewModel studies = studies();
        ClaimsViewModel claims = new ClaimsViewModel();
        claims.setCatalog(catalog, studyCatalog);
        assertEquals(0, studies.searchKeys().made(), "study keys made with the catalog");
        assertEquals(0, claims.searchKeys().made(), "claim keys made with the catalog");
        List<Study> hits = studies.search("warfarin");
        List<Claim> claimHits = claims.search("warfarin");
        assertTrue(!hits.isEmpty() && !claimHits.isEmpty());
        assertEquals(studyCatalog.studies().size(), studies.searchKeys().made());
        assertEquals(studyCatalog.claims().size(), claims.searchKeys().made());
        assertEquals(saying("warfarin"), hits);
        studies.queryProperty().set("warfarin");
        assertEquals(hits, List.copyOf(studies.visible().filtered(hits::contains)));
        assertEquals(hits.size(), studies.visible().size());
    }
}
