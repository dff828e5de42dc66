package k2explorer.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import k2explorer.i18n.Messages;
import k2explorer.ui.foods.FoodColumn;
import k2explorer.ui.foods.FoodsView;
import k2explorer.ui.foods.FoodsViewModel;

/**
 * The first thing a new user reads above the Foods table: what the app is for, that the table starts with the foods
 * richest in K2, and four starting points (a way back to A–Z, one row per food, the warfarin panel, the claims).
 * It can be closed; it stays closed. It takes one line: when the sentence and the links do not fit side by side
 * (a narrow window, large text), the links stay and the sentence becomes their tooltip.
 */
final class WelcomeStrip extends FlowPane {

    /** What the starting points open. */
    interface Commands {
        void openWarfarinPanel();

        void openClaims();
    }

    private final Label intro = new Label(Messages.get("welcome.intro"));
    /** The sentence as a tooltip, made the first time the line is too narrow for it. */
    private Tooltip introTip;

    WelcomeStrip(FoodsView view, FoodsViewModel foods, Commands actions) {
        setId("welcomeStrip");
        getStyleClass().add("welcome-strip");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        setHgap(4);
        setVgap(2);
        intro.setMinWidth(Region.USE_PREF_SIZE);
        setAccessibleText(Messages.get("welcome.intro"));
        Hyperlink richest = link("welcomeRichestK2", "welcome.richest", () -> view.sortBy(FoodColumn.TOTAL_K2, false));
        Hyperlink alphabetical = link("welcomeSortAz", "welcome.az", () -> view.sortBy(FoodColumn.NAME, true));
        Hyperlink families = link("welcomeFamilies", "welcome.families",
                () -> foods.oneRowPerFamilyProperty().set(true));
        Hyperlink warfarin = link("welcomeWarfarin", "welcome.warfarin", actions::openWarfarinPanel);
        Hyperlink claims = link("welcomeClaims", "welcome.claims", actions::openClaims);
        Button close = new Button(Messages.get("welcome.close"));
        close.setId("welcomeClose");
        close.getStyleClass().add("welcome-close");
        close.setOnAction(e -> foods.welcomeDismissedProperty().set(true));
        getChildren().addAll(intro, richest, alphabetical, families, warfarin, claims, close);
        for (Hyperlink link : new Hyperlink[] {richest, alphabetical, families, warfarin, claims}) {
            link.setMinWidth(Region.USE_PREF_SIZE);
        }
        close.setMinWidth(Region.USE_PREF_SIZE);
        // Until closed, and while the search box is empty: typing puts the search results in its place.
        visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !foods.welcomeDismissedProperty().get()
                        && (foods.queryProperty().get() == null || foods.queryProperty().get().isEmpty()),
                foods.welcomeDismissedProperty(), foods.queryProperty()));
        managedProperty().bind(visibleProperty());
    }

    @Override
    protected void layoutChildren() {
        double width = snappedLeftInset() + snappedRightInset() - getHgap();
        for (Node child : getChildren()) {
            width += child.prefWidth(-1) + getHgap();
        }
        boolean fits = width <= getWidth();
        if (intro.isManaged() != fits) {
            intro.setManaged(fits);
            intro.setVisible(fits);
            if (fits && introTip != null) {
                Tooltip.uninstall(this, introTip);
            } else {
                if (introTip == null) {
                    introTip = new Tooltip(Messages.get("welcome.intro"));
                }
                Tooltip.install(this, introTip);
            }
        }
        super.layoutChildren();
    }

    private static Hyperlink link(String id, String key, Runnable action) {
        Hyperlink link = new Hyperlink(Messages.get(key));
        link.setId(id);
        link.setOnAction(e -> action.run());
        return link;
    }
}
