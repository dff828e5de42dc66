package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import k2explorer.UsLocale;
import k2explorer.studies.Claim;
import k2explorer.studies.ClaimKind;
import k2explorer.studies.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a reader does in the Claims tab: sees the safety claims first and what to take from them, filters by kind
 * and article, reads one article claim by claim, weighs the evidence for and against, and checks the popular K2
 * table row by row.
 */
@ExtendWith(UsLocale.class)
class ClaimsUiTest extends AppWindowTest {
    @SuppressWarnings("unchecked")
    private TableView<Claim> claimsTable(FxRobot robot) {
        robot.clickOn("#claimsTab");
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#claimsTable").queryAs(TableView.class);
    }

    private static List<String> links(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Hyperlink.class).stream().map(Hyperlink::getText).toList();
    }

    @Test
    void safetyClaimsComeFirstAreMarkedAndSayWhatToConclude(FxRobot robot) {
        TableView<Claim> table = claimsTable(robot);
        assertEquals(80, table.getItems().size(), "every checkable seed claim has a verdict");
        assertTrue(table.getItems().get(0).safety(), "safety claims first");
        robot.interact(() -> claims().select("warfarin-limit-greens"));
        assertEquals("Safety claim", robot.lookup("#claimSafetyBadge").queryAs(Label.class).getText());
        assertEquals("Overstated", robot.lookup("#claimVerdict").queryAs(Label.class).getText());
        String takeaway = robot.lookup("#claimTakeaway").queryAs(Label.class).getText();
        assertTrue(takeaway.startsWith("Do conclude") && takeaway.contains("Do not conclude"), takeaway);
        Hyperlink panel = robot.lookup("#claimPanelLink").queryAs(Hyperlink.class);
        assertTrue(panel.getText().contains("Warfarin"), panel.getText());
        assertEquals("learnTab", follow(robot, panel));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListFiltersByKindAndByArticleAndOpensOneArticleClaimByClaim(FxRobot robot) {
        TableView<Claim> table = claimsTable(robot);
        Button article = robot.lookup("#claimArticleButton").queryButton();
        assertTrue(article.isDisabled(), "an article must be chosen first");
        ComboBox<ClaimKind> kind = robot.lookup("#claimKindFilter").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(ClaimKind.FOOD_CONTENT));
        assertFalse(table.getItems().isEmpty());
        assertTrue(table.getItems().stream().allMatch(c -> c.kind() == ClaimKind.FOOD_CONTENT));
        robot.interact(() -> kind.setValue(null));
        ComboBox<String> seed = robot.lookup("#claimSeedFilter").queryAs(ComboBox.class);
        assertEquals(List.of("000", "001", "002", "003", "004"), seed.getItems().subList(1, seed.getItems().size()));
        robot.interact(() -> seed.setValue("002"));
        assertTrue(table.getItems().stream().allMatch(c -> c.madeIn("002")));
        int count = table.getItems().size();
        assertFalse(article.isDisabled());
        robot.clickOn(article);
        WaitForAsyncUtils.waitForFxEvents();
        Node view = robot.lookup("#claimArticleView").query();
        assertTrue(view.isVisible());
        List<Hyperlink> items = robot.lookup("#claimArticleList .article-claim").queryAllAs(Hyperlink.class)
                .stream().toList();
        assertEquals(count, items.size(), "the article view lists every claim that article makes");
        String summary = robot.lookup("#claimArticleSummary").queryAs(Label.class).getText();
        assertTrue(summary.contains("Overstated"), summary);
        robot.interact(() -> items.get(0).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, robot.lookup("#claimArticleView").queryAll().size(), "back in the list");
        assertTrue(claims().selectedProperty().get().madeIn("002"));
    }

    @Test
    void theVerdictScreenSetsEvidenceForBesideEvidenceAgainstTrialsFirst(FxRobot robot) {
        claimsTable(robot);
        robot.interact(() -> claims().select("mk4-fractures-strong-evidence"));
        WaitForAsyncUtils.waitForFxEvents();
        Pane supporting = robot.lookup("#claimEvidenceFor").queryAs(Pane.class);
        Pane contradicting = robot.lookup("#claimEvidenceAgainst").queryAs(Pane.class);
        assertTrue(supporting.getParent() == contradicting.getParent(), "the two sides sit side by side");
        List<String> against = links(robot, "#claimEvidenceAgainst .hyperlink");
        assertTrue(against.stream().anyMatch(l -> l.startsWith("Inoue 2009")), against.toString());
        assertTrue(against.stream().allMatch(l -> l.contains("evidence ")), "each study shows its grade");
        List<String> tiers = robot.lookup("#claimEvidenceFor .evidence-tier").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals("Trials", tiers.get(0), tiers.toString());
        assertFalse(links(robot, "#claimEvidenceContext .hyperlink").isEmpty());
        Hyperlink first = robot.lookup("#claimEvidenceAgainst .hyperlink").queryAs(Hyperlink.class);
        assertEquals("studiesTab", follow(robot, first));
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePopularK2TableIsCheckedRowByRow(FxRobot robot) {
        claimsTable(robot);
        robot.clickOn("#claimSeedTableButton");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Claim> rows = robot.lookup("#claimSeedTable").queryAs(TableView.class);
        assertEquals(11, rows.getItems().size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
                rows.getItems().stream().map(Claim::seedTableRow).toList());
        Claim goose = rows.getItems().get(1);
        assertEquals("food-goose-liver", goose.id());
        assertTrue(rows.getItems().stream().allMatch(c -> c.verdict() != null));
        assertTrue(rows.getItems().stream().anyMatch(c -> c.verdict() == Verdict.SUPPORTED), "butter holds");
        robot.interact(() -> rows.getSelectionModel().select(goose));
        robot.clickOn("#claimSeedTableOpen");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("food-goose-liver", claims().selectedProperty().get().id());
        assertTrue(robot.lookup("#claimSeedFigure").queryAs(Label.class).getText().contains("369"));
    }
}
