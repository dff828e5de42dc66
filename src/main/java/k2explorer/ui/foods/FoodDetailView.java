package k2explorer.ui.foods;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import k2explorer.catalog.Portion;
import k2explorer.i18n.Messages;
import k2explorer.ui.common.EnumLabels;
import k2explorer.ui.common.ListWhenShownSkin;
import k2explorer.ui.common.Unbreakable;

/**
 * The selected food in full: every value with its source, portions, other nutrients and the same food elsewhere.
 *
 * <p>Its nodes are made once (lists grow to the longest food shown so far) and another food's details are written
 * into them: a selection change sets texts and shows or hides lines, so moving through the table costs no new
 * nodes, no CSS for them and no second layout. Lines a food does not need are hidden, left out of layout and
 * emptied, so nothing of the previous food stays behind.
 */
public final class FoodDetailView extends ScrollPane {

    /** What the detail pane asks of the rest of the app. */
    public interface Commands {
        void openLink(String url);

        void copyToClipboard(String text);
    }

    /** Room beside a portion's text for the box's padding and arrow, and above and below it, in ems. */
    private static final double PORTION_CHROME_EMS = 4.6;
    /** Space between the pane's lines (as between its sections). */
    private static final double GAP = 10;
    private final FoodsViewModel model;
    private final Commands actions;
    private final VBox content = new DetailNodes.Column(GAP);
    /** Shown while no food is selected. */
    private final Label hint = wrapped(Messages.get("detail.hint"), "hint");
    /** Title, subtitle and portion chooser: kept when only shown amounts change, so the chooser keeps focus. */
    private final VBox head = new DetailNodes.Column(GAP);
    /** Everything below the chooser: written again when shown amounts change (a portion chosen, the basis). */
    private final VBox body = new DetailNodes.Column(GAP);
    private FoodRow shown;
    /** The parts below, made when the first food is shown. */
    private Parts parts;

    public FoodDetailView(FoodsViewModel model, Commands actions) {
        this.model = model;
        this.actions = actions;
        setId("foodDetail");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        // Reached by Tab; then the arrow keys and Page Up/Down scroll it, Tab moves through its links.
        setFocusTraversable(true);
        setAccessibleText(Messages.get("detail.a11y"));
        setMinWidth(320);
        content.setPadding(new Insets(12));
        content.getStyleClass().add("food-detail");
        content.getChildren().addAll(hint, head, body);
        setContent(content);
        // When the pane narrows (text size, divider), wrapped lines are measured again at the new width on the next
        // pulse, so no label keeps the height of its old width and shows "…".
        viewportBoundsProperty().addListener((obs, was, now) -> {
            if (was == null || Math.abs(was.getWidth() - now.getWidth()) > 0.5) {
                javafx.application.Platform.runLater(this::remeasure);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> render());
        model.memberShownProperty().addListener((obs, old, now) -> render());
        model.valuesRevisionProperty().addListener((obs, old, now) -> refreshValues());
        render();
    }

    /** Heights measured in the pane's last layout pass are measured again in this one (see {@link DetailNodes}). */
    @Override
    protected void layoutChildren() {
        DetailNodes.newPass();
        super.layoutChildren();
    }

    /** Shown amounts changed: the chooser stays (and keeps focus), only what it affects is written again. */
    private void refreshValues() {
        FoodRow row = model.detailRow();
        if (row != shown || row == null || model.catalogProperty().get() == null) {
            render();
            return;
        }
        parts.portion.show(row);
        parts.body(FoodDetail.of(row, model.catalogProperty().get(), model.portion(row)));
    }

    /** Measures the wrapped text again at the pane's width (after the pane was resized). */
    void remeasure() {
        remeasure(content);
    }

    private static void remeasure(javafx.scene.Node node) {
        if (node instanceof javafx.scene.Parent parent) {
            parent.requestLayout();
            parent.getChildrenUnmodifiable().forEach(FoodDetailView::remeasure);
        }
    }

    private void render() {
        FoodRow row = model.detailRow();
        boolean was = shown != null;
        shown = row;
        boolean any = row != null && model.catalogProperty().get() != null;
        if (any || was) {
            // Each food's details start at their top, not at the previous food's scroll position.
            setVvalue(0);
        }
        show(hint, !any);
        show(head, any);
        show(body, any);
        if (!any) {
            return;
        }
        if (parts == null) {
            parts = new Parts();
        }
        FoodDetail d = FoodDetail.of(row, model.catalogProperty().get(), model.portion(row));
        boolean member = model.memberShownProperty().get() != null && model.selectedProperty().get() != null;
        parts.member.setText(member ? Messages.get("detail.member", model.selectedProperty().get().name()) : "");
        show(parts.member, member);
        show(parts.back, member);
        parts.title.setText(d.title());
        parts.subtitle.setText(d.subtitle());
        parts.portion.show(row);
        parts.body(d);
    }

    /** Shows or hides a node; a hidden one takes no room. */
    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** Every node of a food's details, made once. */
    private final class Parts {
        final Label member = wrapped("", "hint");
        final Hyperlink back = new Hyperlink(Messages.get("detail.backToFamily"));
        final Label title = wrapped("", "detail-title");
        final Label subtitle = wrapped("", "detail-subtitle");
        final PortionBox portion = new PortionBox();
        final ValuesGrid grid = new ValuesGrid();
        final Label legend = wrapped(Messages.get("detail.italicLegend"), "value-note");
        final Label sharedNote = wrapped("", "value-note");
        final Label figuresHeading = heading(Messages.get("detail.figures"));
        final Lines figures = new Lines(new DetailNodes.Column(2), "detail-figure");
        final Lines totals = new Lines(new DetailNodes.Column(GAP), "detail-total");
        final Label warfarin = wrapped("", "warfarin-note");
        final Label reportedHeading = heading(Messages.get("detail.other.reported.measures.not.a"));
        final Lines reported = new Lines(new DetailNodes.Column(GAP), "detail-reported");
        final Label familyHeading = heading("");
        final Pool<RelatedLines> related = new Pool<>(new DetailNodes.Column(GAP), RelatedLines::new);
        final Lines nutrients = new Lines(new DetailNodes.Column(GAP), "detail-nutrient");
        final Pool<SourceBox> sources = new Pool<>(new DetailNodes.Column(8), SourceBox::new);

        Parts() {
            back.setId("detailBackToFamily");
            back.setOnAction(e -> model.showFamily());
            title.setId("detailTitle");
            head.getChildren().addAll(member, back, title, subtitle, portion.none, portion.box);
            legend.setId("detailItalicLegend");
            // What the italics mean, said where they are.
            legend.getStyleClass().add("calculated-value");
            sharedNote.setId("detailSharedNote");
            figures.box.setId("detailFigures");
            warfarin.setId("warfarinNote");
            sources.box.setId("detailSources");
            body.getChildren().addAll(heading(Messages.get("detail.vitamin.k")), grid.grid, legend, sharedNote,
                    figuresHeading, figures.box, totals.box, warfarin, reportedHeading, reported.box, familyHeading,
                    related.box, heading(Messages.get("detail.other.nutrients.per.100.g")), nutrients.box,
                    heading(Messages.get("detail.sources")), sources.box);
        }

        /** Everything below the chooser, for the amounts shown now. */
        void body(FoodDetail d) {
            String shared = sharedNote(d);
            grid.show(d, shared);
            show(legend, d.values().stream().anyMatch(FoodDetail.ValueLine::calculated));
            text(sharedNote, shared);
            show(figuresHeading, !d.figures().isEmpty());
            figures.show(d.figures());
            totals.show(d.totals());
            text(warfarin, d.warfarinNote());
            show(reportedHeading, !d.reported().isEmpty());
            reported.show(d.reported().stream().map(r -> r.measure() + ": " + r.value() + " — " + r.sourceLabel()
                    + (r.note().isEmpty() ? "" : ". " + r.note())).toList());
            familyHeading.setText(d.related().isEmpty() ? "" : Messages.get("detail.family", d.familyName()));
            show(familyHeading, !d.related().isEmpty());
            List<RelatedLines> links = related.take(d.related().size());
            for (int i = 0; i < links.size(); i++) {
                links.get(i).show(d.related().get(i));
            }
            nutrients.show(d.nutrients());
            List<SourceBox> boxes = sources.take(d.sources().size());
            for (int i = 0; i < boxes.size(); i++) {
                boxes.get(i).show(d.sources().get(i));
            }
        }
    }

    /** The household portion of the food shown: a chooser, or a line saying none is recorded. */
    private final class PortionBox {
        final Label none = wrapped(Messages.get("detail.no.household.portion.is.recorded"), "hint");
        final ComboBox<Portion> choice = new ComboBox<>();
        final FlowPane box;
        /** The row the chooser shows; a choice is that row's food's portion. */
        private FoodRow row;
        /** True while the chooser is set to the shown row's portion (that is no choice of the user's). */
        private boolean setting;

        PortionBox() {
            choice.setId("portionChoice");
            // The box's width is set below (to its text's): its list is made when first opened.
            ListWhenShownSkin.install(choice);
            choice.setConverter(EnumLabels.shown(Portion::label, ""));
            choice.setItems(FXCollections.observableArrayList());
            choice.valueProperty().addListener((obs, old, now) -> {
                if (!setting && row != null) {
                    model.choosePortion(row, now);
                }
            });
            choice.setMinWidth(120);
            // A long portion ("1 pack (typical Japanese retail pack) (40 g)") wraps in the box rather than being
            // cut: the box shows it as text wrapped to its width, and grows a line when it needs one.
            Text shownText = new Text();
            shownText.getStyleClass().add("wrapping-text");
            ListCell<Portion> shown = new ListCell<>() {
                @Override
                protected void updateItem(Portion item, boolean empty) {
                    super.updateItem(item, empty);
                    shownText.setText(empty || item == null ? "" : choice.getConverter().toString(item));
                    setText(null);
                    setGraphic(empty || item == null ? null : shownText);
                }
            };
            shown.widthProperty().addListener((obs, was, now) -> shownText.setWrappingWidth(
                    wrapping(shown, now.doubleValue())));
            choice.setButtonCell(shown);
            Text measure = new Text();
            Runnable fit = () -> {
                measure.setFont(shownText.getFont());
                measure.setText(shownText.getText());
                double width = Math.ceil(measure.getLayoutBounds().getWidth()
                        + PORTION_CHROME_EMS * shownText.getFont().getSize());
                choice.setPrefWidth(width);
                // Another food's portion is wrapped now, at the width the box will get (its room and its arrow
                // are those of the last layout): wrapped only once the box has its width, in the middle of a
                // layout pass, the box would keep the height of the previous food's portion.
                FlowPane room = PortionBox.this.box;
                if (room != null && room.getWidth() > 0 && shown.getWidth() > 0) {
                    double boxWidth = Math.max(choice.getMinWidth(), Math.min(width, room.getWidth()));
                    double cell = boxWidth - (choice.getWidth() - shown.getWidth());
                    shownText.setWrappingWidth(wrapping(shown, cell));
                }
            };
            shownText.fontProperty().addListener((obs, was, now) -> fit.run());
            shownText.textProperty().addListener((obs, was, now) -> fit.run());
            fit.run();
            Label label = new Label(Messages.get("detail.serving"));
            label.setLabelFor(choice);
            // Never wider than the pane: the box wraps its text instead.
            box = new DetailNodes.Row(8, 4, label, choice);
        }

        /** The width a portion's text wraps at in a button cell this wide. */
        private static double wrapping(ListCell<Portion> cell, double width) {
            return Math.max(1, width - cell.snappedLeftInset() - cell.snappedRightInset() - 1);
        }

        /** Shows the row's portions with its chosen one (after another row or another choice). */
        void show(FoodRow shownRow) {
            List<Portion> portions = shownRow.portionFood().portions();
            FoodDetailView.show(none, portions.isEmpty());
            FoodDetailView.show(box, !portions.isEmpty());
            setting = true;
            try {
                if (shownRow != row) {
                    row = null;
                    choice.getItems().setAll(portions);
                    choice.setAccessibleText(Messages.get("portion.a11y", shownRow.name()));
                }
                Portion chosen = model.portion(shownRow);
                if (choice.getValue() != chosen) {
                    choice.setValue(chosen);
                }
                row = shownRow;
            } finally {
                setting = false;
            }
        }
    }

    /** The values table: a header, then per value a line of form, amounts and source and a line saying how. */
    private static final class ValuesGrid {
        final GridPane grid = new DetailNodes.Grid();
        final Label noForms = wrapped(Messages.get("detail.noForms"), "hint");
        final List<ValueRow> rows = new ArrayList<>();

        ValuesGrid() {
            grid.setId("detailValues");
            grid.setHgap(10);
            grid.setVgap(4);
            for (int i = 0; i < 4; i++) {
                ColumnConstraints cc = new ColumnConstraints();
                if (i == 3) {
                    cc.setHgrow(Priority.ALWAYS);
                }
                grid.getColumnConstraints().add(cc);
            }
            String[] headers = {Messages.get("detail.form"), Messages.get("detail.per100g"),
                Messages.get("detail.perServing"), Messages.get("detail.source")};
            for (int i = 0; i < headers.length; i++) {
                // A title wraps between its words ("per" / "serving") in a narrow pane, never inside one: the
                // forms and amounts below keep their whole width and the last title ("Source") its whole word.
                Label h = Unbreakable.keepWhole(new DetailNodes.Line(headers[i]));
                h.getStyleClass().add("grid-header");
                grid.add(h, i, 0);
            }
            grid.add(noForms, 0, 1, 4, 1);
        }

        void show(FoodDetail d, String shared) {
            FoodDetailView.show(noForms, d.values().isEmpty());
            while (rows.size() < d.values().size()) {
                rows.add(new ValueRow(grid, 1 + 2 * rows.size()));
            }
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).show(i < d.values().size() ? d.values().get(i) : null, shared);
            }
        }
    }

    /** One value's two lines in the values table. */
    private static final class ValueRow {
        final Label form = new DetailNodes.Line("");
        final Label amount = new DetailNodes.Line("");
        final Tooltip explained = new Tooltip();
        final Label perServing = new DetailNodes.Line("");
        // A source of several words ("Kamao 2007") goes onto two lines rather than being cut, and a one-word
        // source ("K2viewer") keeps its whole word in a narrow pane (a dragged divider), never "K2viewe" / "r".
        final Label source = Unbreakable.keepWhole(new DetailNodes.Line(""));
        final Label how = wrapped("", "value-note");

        ValueRow(GridPane grid, int gridRow) {
            // A form's name and its amounts are never shortened: their columns are at least this wide.
            for (Label whole : List.of(form, amount, perServing)) {
                whole.setMinWidth(Region.USE_PREF_SIZE);
            }
            amount.setTooltip(explained);
            grid.add(form, 0, gridRow);
            grid.add(amount, 1, gridRow);
            grid.add(perServing, 2, gridRow);
            grid.add(source, 3, gridRow);
            grid.add(how, 0, gridRow + 1, 4, 1);
        }

        /** Shows a value, or hides the row (null). */
        void show(FoodDetail.ValueLine v, String shared) {
            for (Label l : List.of(form, amount, perServing, source, how)) {
                FoodDetailView.show(l, v != null);
            }
            if (v == null) {
                for (Label l : List.of(form, amount, perServing, source, how)) {
                    l.setText("");
                }
                explained.setText("");
                return;
            }
            form.setText(v.form());
            amount.setText(v.amountPer100g());
            explained.setText(Messages.get("detail.twoLines", v.state(), v.evidence()));
            styleClass(amount, "calculated-value", v.calculated());
            styleClass(amount, "unpublished-value", v.unpublished());
            perServing.setText(v.perServing());
            source.setText(v.sourceLabel());
            String how = v.provenance().isEmpty() ? v.evidence()
                    : Messages.get("detail.twoLines", String.join("; ", v.provenance()), v.evidence());
            this.how.setText(v.note().isEmpty() || !shared.isEmpty() ? how
                    : Messages.get("detail.twoLines", how, v.note()));
        }
    }

    /** Another source's food of the family: a link to it and a line with its values. */
    private final class RelatedLines implements Slot {
        final Hyperlink link = new DetailNodes.Link();
        final Label values = wrapped("", "detail-related-values");
        private String foodId;

        RelatedLines(Pane box) {
            link.getStyleClass().add("related-food");
            link.setOnAction(e -> model.selectFood(foodId));
            box.getChildren().addAll(link, values);
        }

        void show(FoodDetail.RelatedFood r) {
            foodId = r.foodId();
            link.setText(Messages.get("detail.family.link", r.name(), r.sourceLabel()));
            String relation = Messages.get(r.sameFood() ? "detail.family.same" : "detail.family.similar");
            values.setText(r.note().isEmpty() ? Messages.get("detail.family.memberNoNote", relation, r.valuesSummary())
                    : Messages.get("detail.family.member", relation, r.valuesSummary(), r.note()));
        }

        @Override
        public void hide() {
            foodId = null;
            blank(link);
            blank(values);
        }

        @Override
        public void reveal() {
            FoodDetailView.show(link, true);
            FoodDetailView.show(values, true);
        }
    }

    /** A source with its citation, cautions, what was read, its address and a button copying the citation. */
    private final class SourceBox implements Slot {
        final VBox box = new DetailNodes.Column(2);
        final Label label = new DetailNodes.Line("");
        final Label citation = wrapped("", "source-citation");
        final Lines cautions = new Lines(new DetailNodes.Column(2), "source-caution");
        final Label read = wrapped("", "source-read");
        final Hyperlink link = new DetailNodes.Link();
        private String url;
        private String copied = "";

        SourceBox(Pane sources) {
            box.getStyleClass().add("source-box");
            label.getStyleClass().add("source-label");
            link.getStyleClass().add("source-link");
            link.setOnAction(e -> actions.openLink(url));
            link.setTooltip(new Tooltip(Messages.get("detail.open.in.the.browser")));
            Button copy = new Button(Messages.get("detail.copy.citation"));
            copy.getStyleClass().add("copy-citation");
            copy.setOnAction(e -> actions.copyToClipboard(copied));
            box.getChildren().addAll(label, citation, cautions.box, read, new DetailNodes.Row(6, 2, link, copy));
            sources.getChildren().add(box);
        }

        void show(FoodDetail.SourceLine s) {
            label.setText(s.label());
            citation.setText(s.citation());
            cautions.show(s.cautions().stream().map(c -> Messages.get("detail.caution", c)).toList());
            text(read, s.whatWasRead().isBlank() ? "" : Messages.get("detail.whatWasRead", s.whatWasRead()));
            url = s.link().orElse(null);
            text(link, url == null ? "" : url);
            copied = s.citation() + s.link().map(u -> " " + u).orElse("");
        }

        @Override
        public void hide() {
            label.setText("");
            citation.setText("");
            cautions.show(List.of());
            blank(read);
            blank(link);
            url = null;
            copied = "";
            FoodDetailView.show(box, false);
        }

        @Override
        public void reveal() {
            FoodDetailView.show(box, true);
        }
    }

    /** Nodes of one line (or box) of a list that is shown for one food and hidden, emptied, for another. */
    private interface Slot {
        void hide();

        void reveal();
    }

    /** A list's lines in a box of their own, made when first needed and kept; the box hides when there are none. */
    private static final class Pool<S extends Slot> {
        final VBox box;
        private final java.util.function.Function<Pane, S> make;
        private final List<S> made = new ArrayList<>();

        Pool(VBox box, java.util.function.Function<Pane, S> make) {
            this.box = box;
            this.make = make;
        }

        /** The first {@code n} lines, shown (the rest hidden and emptied); the caller writes them. */
        List<S> take(int n) {
            while (made.size() < n) {
                made.add(make.apply(box));
            }
            for (int i = 0; i < made.size(); i++) {
                if (i < n) {
                    made.get(i).reveal();
                } else {
                    made.get(i).hide();
                }
            }
            show(box, n > 0);
            return made.subList(0, n);
        }
    }

    /** Wrapped lines of text, one label each. */
    private static final class Lines {
        final VBox box;
        private final Pool<Line> pool;

        Lines(VBox box, String styleClass) {
            this.box = box;
            this.pool = new Pool<>(box, parent -> new Line(parent, styleClass));
        }

        void show(List<String> texts) {
            List<Line> lines = pool.take(texts.size());
            for (int i = 0; i < lines.size(); i++) {
                lines.get(i).label.setText(texts.get(i));
            }
        }
    }

    private static final class Line implements Slot {
        final Label label;

        Line(Pane parent, String styleClass) {
            label = wrapped("", styleClass);
            parent.getChildren().add(label);
        }

        @Override
        public void hide() {
            blank(label);
        }

        @Override
        public void reveal() {
            show(label, true);
        }
    }

    /** The note every value of the food carries (a compiled table's remark), said once below the values. */
    static String sharedNote(FoodDetail d) {
        if (d.values().size() < 2) {
            return "";
        }
        String first = d.values().get(0).note();
        boolean same = d.values().stream().allMatch(v -> v.note().equals(first));
        return same ? first : "";
    }

    /** Shows a line with this text, or hides it when there is none. */
    private static void text(javafx.scene.control.Labeled l, String text) {
        l.setText(text);
        show(l, !text.isEmpty());
    }

    /** Adds or removes a style class (only when it changes, so an unchanged label keeps its styles). */
    private static void styleClass(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }

    /** Hides a line and empties it. */
    private static void blank(javafx.scene.control.Labeled l) {
        text(l, "");
    }

    private static Label heading(String text) {
        return wrapped(text, "detail-heading");
    }

    private static Label wrapped(String text, String styleClass) {
        Label l = new DetailNodes.Line(text);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
