package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import k2explorer.UsLocale;
import k2explorer.coverage.CountedForms;
import k2explorer.i18n.Messages;
import k2explorer.learn.LearnPanel;
import k2explorer.studies.Claim;
import k2explorer.studies.Study;
import k2explorer.ui.learn.LearnView;
import k2explorer.ui.learn.MarkdownView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a user does with the evidence: reads the panels, checks a claim, opens a study and looks up its dose. */
@ExtendWith(UsLocale.class)
class EvidenceUiTest extends AppWindowTest {
    /** Opens the Learn tab and returns its list of panels. */
    @SuppressWarnings("unchecked")
    private static ListView<LearnPanel> learnPanels(FxRobot robot) {
        robot.clickOn("#learnTab");
        return robot.lookup("#learnPanelList").queryAs(ListView.class);
    }

    /** Opens the Learn panel {@code panelId} and returns its link that reads {@code text}. */
    private static Hyperlink linkInPanel(FxRobot robot, String panelId, String text) {
        ListView<LearnPanel> list = learnPanels(robot);
        robot.interact(() -> list.getSelectionModel().select(
                list.getItems().stream().filter(p -> p.id().equals(panelId)).findFirst().orElseThrow()));
        return robot.lookup("#learnContent .md-link").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().equals(text)).findFirst().orElseThrow();
    }

    /** Searches the Studies tab for {@code text} and returns its table. */
    @SuppressWarnings("unchecked")
    private static TableView<Study> searchStudies(FxRobot robot, String text) {
        robot.clickOn("#studiesTab");
        robot.clickOn("#studySearchField").write(text);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#studiesTable").queryAs(TableView.class);
    }

    @Test
    void everyLearnPanelRendersWithItsLinksAndTheDiagramIsDrawn(FxRobot robot) {
        ListView<LearnPanel> list = learnPanels(robot);
        assertEquals(6, list.getItems().size());
        for (int i = 0; i < list.getItems().size(); i++) {
            int index = i;
            robot.interact(() -> list.getSelectionModel().select(index));
            MarkdownView view = robot.lookup("#learnContent .markdown").queryAs(MarkdownView.class);
            assertTrue(view.getChildren().size() > 4, list.getItems().get(i).id() + " has rendered blocks");
            assertFalse(robot.lookup("#learnContent .md-link").queryAll().isEmpty(), "links rendered");
        }
        robot.interact(() -> list.getSelectionModel().select(1));
        Node diagram = robot.lookup("#carboxylationDiagram").query();
        assertTrue(diagram.getAccessibleText().contains("osteocalcin"));
    }

    @Test
    void aStudyLinkInAPanelOpensThatStudy(FxRobot robot) {
        robot.clickOn("#learnTab");
        robot.clickOn("Schurgers 2007");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("studiesTab", selectedTab(robot));
        assertEquals("SCHURGERS2007", studies().selectedProperty().get().key());
        assertTrue(robot.lookup("#studySummary").queryAs(Label.class).getText().contains("MK-7"));
    }

    @Test
    void aGlossaryLinkInAPanelOpensTheGlossaryAtThatTerm(FxRobot robot) {
        Hyperlink inr = linkInPanel(robot, "warfarin", "INR");
        assertEquals("Opens the explanation in the Learn view", inr.getAccessibleHelp());
        robot.clickOn(inr);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("learnTab", selectedTab(robot));
        assertEquals("glossary", robot.lookup("#learnView").queryAs(LearnView.class).current().id());
        javafx.scene.control.ScrollPane content = robot.lookup("#learnContent").queryAs(
                javafx.scene.control.ScrollPane.class);
        assertTrue(content.getVvalue() > 0, "scrolled down to the INR entry: " + content.getVvalue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void openingAClaimListsTheStudiesBehindIt(FxRobot robot) {
        robot.clickOn("#claimsTab");
        TableView<Claim> claims = robot.lookup("#claimsTable").queryAs(TableView.class);
        // Safety claims come first, so this one is further down the list: scroll to it, then click it.
        robot.interact(() -> claims.scrollTo(claims.getItems().stream()
                .filter(c -> c.id().equals("nine-percent-per-10ug")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Every 10 µg of K2 cuts heart disease risk by 9%.");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("nine-percent-per-10ug", claims.getSelectionModel().getSelectedItem().id());
        assertEquals("Overstated", robot.lookup("#claimVerdict").queryAs(Label.class).getText());
        List<String> studies = robot.lookup("#claimStudies .hyperlink").queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText).toList();
        assertEquals(1, studies.size());
        assertTrue(studies.get(0).startsWith("Gast 2009"), studies.toString());
        robot.clickOn(studies.get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("GAST2009", studies().selectedProperty().get().key());
    }

    @Test
    void aFoodTableClaimShowsTheMeasuredFoodValues(FxRobot robot) {
        robot.clickOn("#claimsTab");
        robot.interact(() -> claims().select("food-natto"));
        List<String> foods = robot.lookup("#claimFoods .hyperlink").queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText).toList();
        assertTrue(foods.stream().anyMatch(f -> f.contains("939")), foods.toString());
        robot.clickOn(foods.get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("foodsTab", selectedTab(robot));
        assertTrue(foods().selectedProperty().get().food().name().toLowerCase().contains("natto"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void foodsThatReachAStudyDoseShowTheCoverageChartWithThatDose(FxRobot robot) {
        TableView<Study> table = searchStudies(robot, "Rønn");
        assertEquals(1, table.getItems().size());
        robot.clickOn("Rønn 2016");
        Button dose = robot.lookup("#studyDoseButton").queryButton();
        assertFalse(dose.isDisabled());
        robot.clickOn(dose);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("coverageTab", selectedTab(robot));
        assertEquals(375, targets().chartTargetProperty().get().microgramsPerDay());
        assertEquals(CountedForms.MK7_ONLY, targets().chartTargetProperty().get().counted());
        String heading = robot.lookup("#coverageHeading").queryAs(Label.class).getText();
        assertTrue(heading.contains("Study dose (not a nutrition target): Rønn 2016, 375 µg/day"), heading);
        assertTrue(heading.contains("MK-7 only"), heading);
        assertTrue(robot.lookup("#studyDoseLabel").queryAs(Label.class).getText().contains("Rønn 2016"));
    }

    @Test
    void aStudyDoseStaysOnItsChartAndClosingItRestoresTheUsersTarget(FxRobot robot) {
        robot.clickOn("#studiesTab");
        robot.interact(() -> studies().select("RONN2016"));
        robot.clickOn("#studyDoseButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("coverageTab", selectedTab(robot));
        assertEquals(375, targets().chartTargetProperty().get().microgramsPerDay());
        // The Foods columns, the plan and print keep the user's own target (the label Daily Value, total K).
        for (var target : List.of(foods().targetProperty().get(), plan().targetProperty().get(),
                targets().targetProperty().get())) {
            assertEquals(120, target.microgramsPerDay());
            assertEquals(CountedForms.TOTAL_K, target.counted());
        }
        assertFalse(targets().targetProperty().get().label().contains("Study dose"));
        robot.clickOn("#foodsTab");
        String printed = String.join("\n", texts(window.printablePage()));
        assertFalse(printed.contains("Study dose"), printed);
        assertTrue(printed.contains("Daily Value"), printed);
        robot.clickOn("#coverageTab");
        robot.clickOn("#closeStudyDoseButton");
        WaitForAsyncUtils.waitForFxEvents();
        String heading = robot.lookup("#coverageHeading").queryAs(Label.class).getText();
        assertFalse(heading.contains("Study dose"), heading);
        assertTrue(heading.contains("120 µg/day"), heading);
        assertFalse(robot.lookup("#closeStudyDoseButton").query().getParent().isVisible());
        assertEquals(targets().targetProperty().get(), targets().chartTargetProperty().get());
    }

    @Test
    @SuppressWarnings("unchecked")
    void twoReportsOfOneTrialAreShownAsOneTrialAndCountedOnce(FxRobot robot) {
        TableView<Study> table = searchStudies(robot, "Knapen");
        assertEquals(3, table.getItems().size(), "Knapen 2007, 2013 and 2015");
        assertEquals("2 studies shown (3 reports; reports of the same trial count once)",
                robot.lookup("#studyCount").queryAs(Label.class).getText());
        robot.clickOn("Knapen 2013 (report 1 of 2 of one trial)");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> reports = robot.lookup("#studyTrialReports .hyperlink").queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText).toList();
        assertEquals(List.of("Knapen 2015"), reports);
        // The link may sit below the fold once many claims cite the trial: fire it as a keyboard user would.
        Hyperlink other = robot.lookup("#studyTrialReports .hyperlink").queryAs(Hyperlink.class);
        robot.interact(other::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("KNAPEN2015", studies().selectedProperty().get().key());
        robot.interact(() -> studies().select("KNAPEN2007"));
        assertTrue(robot.lookup("#studyTrialReports").queryAll().isEmpty(), "a trial of its own lists no reports");
    }

    @Test
    void aStudyLinksItsDoiAndPubmedAndCopiesItsCitation(FxRobot robot) {
        robot.clickOn("#studiesTab");
        robot.interact(() -> studies().select("LUTSEY2020"));
        Study lutsey = studies().selectedProperty().get();
        assertEquals("DOI 10.1001/jamainternmed.2019.5679",
                robot.lookup("#studyDoiLink").queryAs(Hyperlink.class).getText());
        assertEquals("PubMed 31764956", robot.lookup("#studyPubmedLink").queryAs(Hyperlink.class).getText());
        robot.interact(() -> robot.lookup("#studyCopyCitation").queryButton().fire());
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertEquals("Lutsey PL, et al. JAMA Intern Med. 2020;180(2):245-253. doi:10.1001/jamainternmed.2019.5679"
                + " PMID: 31764956", copied[0]);
        assertEquals(lutsey.citeAs(), copied[0]);
        String status = robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText();
        assertEquals(Messages.get("status.copied", lutsey.citeAs()), status,
                "said on the status line, as copying from the food detail does");
        robot.interact(() -> studies().select("LAU2020"));
        assertTrue(robot.lookup("#studyDoiLink").queryAll().isEmpty(), "no DOI read for Lau 2020: no link");
        assertFalse(robot.lookup("#studyCopyCitation").queryButton().isDisabled(), "the citation can still be copied");
    }

    @Test
    void aDrugDoseIsWrittenInMilligramsAndSaysNoFoodReachesIt(FxRobot robot) {
        robot.clickOn("#studiesTab");
        robot.interact(() -> studies().select("IWAMOTO2001"));
        String note = robot.lookup("#studyDoseNote").queryAs(Label.class).getText();
        assertTrue(note.contains("with 45 mg a day of MK-4"), note);
        assertTrue(note.contains("45 mg a day is a drug dose. No food comes anywhere near it"), note);
        assertFalse(note.contains("45000"), note);
        robot.clickOn("#studyDoseButton");
        WaitForAsyncUtils.waitForFxEvents();
        String heading = robot.lookup("#coverageHeading").queryAs(Label.class).getText();
        assertTrue(heading.contains("Iwamoto 2001, 45 mg/day"), heading);
        String strip = robot.lookup("#studyDoseLabel").queryAs(Label.class).getText();
        assertTrue(strip.contains("45 mg a day is a drug dose"), strip);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTrialWithTwoArmsSaysSoInsteadOfShowingNoDose(FxRobot robot) {
        TableView<Study> table = searchStudies(robot, "Binkley 2009");
        assertEquals(1, table.getItems().size());
        robot.interact(() -> studies().select("BINKLEY2009"));
        List<String> cells = robot.lookup("#studiesTable .table-cell").queryAllAs(
                javafx.scene.control.TableCell.class).stream().map(c -> c.getText()).toList();
        assertTrue(cells.contains("2 arms"), cells.toString());
        assertTrue(robot.lookup("#studyDoseNote").queryAs(Label.class).getText().contains("separate arms"));
    }

    @Test
    void theWarfarinPanelOpensTheDayPlansWeekOfK1(FxRobot robot) {
        Hyperlink week = linkInPanel(robot, "warfarin", "week of K1");
        assertEquals("Opens the Day plan with its week of K1", week.getAccessibleHelp());
        assertEquals("planTab", follow(robot, week));
        assertTrue(robot.lookup("#warfarinHelper").queryAs(javafx.scene.control.TitledPane.class).isExpanded());
    }

    @Test
    void anObservationalStudyOffersNoDoseAndSaysWhy(FxRobot robot) {
        robot.clickOn("#studiesTab");
        robot.interact(() -> studies().select("GAST2009"));
        assertTrue(robot.lookup("#studyDoseButton").queryButton().isDisabled());
        assertTrue(robot.lookup("#studyDoseNote").queryAs(Label.class).getText().startsWith("An observational"));
    }

    @Test
    void theOneSearchBoxFindsStudiesClaimsAndPanelHeadings(FxRobot robot) {
        robot.clickOn("#searchField").write("warfarin");
        WaitForAsyncUtils.waitForFxEvents();
        Pane hits = robot.lookup("#searchHits").queryAs(Pane.class);
        assertTrue(hits.isVisible());
        List<String> links = robot.lookup("#searchHits .hyperlink").queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText).toList();
        assertTrue(links.contains("Warfarin and steady vitamin K intake"), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.startsWith("People on warfarin")), links.toString());
        assertTrue(links.contains("Theuwissen 2013"), links.toString());
        MenuButton all = robot.lookup("#searchHitsAll").queryAs(MenuButton.class);
        List<String> everyHit = all.getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList();
        assertTrue(everyHit.containsAll(links), "the menu holds every link of the line, and more: " + everyHit);
        assertTrue(everyHit.size() > links.size(), everyHit.toString());
        assertTrue(all.getText().startsWith("All "), all.getText());
        robot.clickOn("Warfarin and steady vitamin K intake");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("learnTab", selectedTab(robot));
        assertEquals("Warfarin and steady vitamin K intake", window.tabs().learnView().current().title(),
                "the panel with that heading is open");
    }

    /**
     * On a narrow window a long claim is never cut at the window's edge: a hit that does not fit whole is shortened
     * with "…" and carries its whole text on a tooltip and for screen readers, what follows is left to the menu, and
     * no kind's heading is left at the end of the line without a hit after it.
     */
    @Test
    void aLongHitOnANarrowWindowIsShortenedWithItsWholeTextOnATooltip(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            // Narrow, though wide enough for the Foods view itself (at the smallest window it is wider than that).
            stage.setWidth(800);
            stage.setHeight(700);
        });
        robot.clickOn("#searchField").write("coumadin");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(hitsOnTheLine(robot, true) >= 1, "a long claim is shortened, not cut");
        robot.interact(() -> foods().queryProperty().set("warfarin"));
        WaitForAsyncUtils.waitForFxEvents();
        hitsOnTheLine(robot, false);
    }

    /**
     * Checks the hits line as shown and returns how many hits on it are shortened; rests the pointer on the first
     * shortened hit if {@code hover}.
     */
    private int hitsOnTheLine(FxRobot robot, boolean hover) throws TimeoutException {
        Pane hits = robot.lookup("#searchHits").queryAs(Pane.class);
        double right = hits.localToScene(hits.getLayoutBounds()).getMaxX();
        int shortened = 0;
        Node lastShown = null;
        List<Node> line = robot.lookup("#searchHits .search-hits-kind, #searchHits .hyperlink").queryAll().stream()
                .sorted(java.util.Comparator.comparingDouble(n -> n.localToScene(n.getLayoutBounds()).getMinX()))
                .toList();
        for (Node node : robot.lookup("#searchHits .hyperlink").queryAll()) {
            Hyperlink link = (Hyperlink) node;
            assertEquals(link.getText(), link.getAccessibleText(), "the whole text for screen readers");
            if (!link.isVisible()) {
                continue;
            }
            double end = link.localToScene(link.getLayoutBounds()).getMaxX();
            assertTrue(end <= right + 0.5, "\"" + link.getText() + "\" ends at " + end + ", the line at " + right);
            String shown = robot.from(link).lookup(".text").queryAs(javafx.scene.text.Text.class).getText();
            if (!shown.equals(link.getText())) {
                shortened++;
                assertTrue(shown.endsWith(link.getEllipsisString()), shown);
                // The tooltip is made when the pointer first rests on the hit, not while the line is laid out.
                assertNull(link.getTooltip(), "a tooltip made in the line's layout: " + link.getText());
                assertEquals(link.getText(), link.queryAccessibleAttribute(AccessibleAttribute.HELP),
                        "a shortened hit's whole text, as its help");
                if (hover) {
                    robot.moveTo(link);
                    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                            () -> link.getTooltip() != null && link.getTooltip().isShowing());
                    assertEquals(link.getText(), link.getTooltip().getText(),
                            "a shortened hit shows its whole text on a tooltip");
                    hover = false;
                }
            }
        }
        for (Node node : line) {
            if (node.isVisible()) {
                lastShown = node;
            }
        }
        assertTrue(lastShown == null || lastShown instanceof Hyperlink, "a heading ends the line: " + lastShown);
        MenuButton all = robot.lookup("#searchHitsAll").queryAs(MenuButton.class);
        assertTrue(all.isVisible());
        double menuEnd = all.localToScene(all.getLayoutBounds()).getMaxX();
        assertTrue(menuEnd <= stage.getScene().getWidth() + 0.5, "the menu stays in the window: " + menuEnd);
        return shortened;
    }
}
