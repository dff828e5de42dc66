package k2explorer.ui.foods;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import k2explorer.catalog.Portion;
import k2explorer.i18n.Messages;

/** The selected food in full: every value with its source, portions, other nutrients and the same food elsewhere. */
public final class FoodDetailView extends ScrollPane {

    /** What the detail pane asks of the rest of the app. */
    public interface Commands {
        void openLink(String url);

        void copyToClipboard(String text);
    }

    /** Room beside a portion's text for the box's padding and arrow, and above and below it, in ems. */
    private static final double PORTION_CHROME_EMS = 4.6;
    private final FoodsViewModel model;
    private final Commands actions;
    private final VBox content = new VBox(10);
    /** Title, subtitle and portion chooser: rebuilt only when another row is shown, so the chooser keeps focus. */
    private final VBox head = new VBox(10);
    /** Everything below the chooser: rebuilt when shown amounts change (a portion chosen, the basis). */
    private final VBox body = new VBox(10);
    private FoodRow shown;
    private ComboBox<Portion> portionChoice;

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

    /** Shown amounts changed: the chooser stays (and keeps focus), only what it affects is redrawn. */
    private void refreshValues() {
        FoodRow row = model.detailRow();
        if (row != shown || row == null || model.catalogProperty().get() == null) {
            render();
            return;
        }
        if (portionChoice != null && portionChoice.getValue() != model.portion(row)) {
            portionChoice.setValue(model.portion(row));
        }
        renderBody(row, FoodDetail.of(row, model.catalogProperty().get(), model.portion(row)));
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
        content.getChildren().clear();
        // Each food's details start at their top, not at the previous food's scroll position.
        setVvalue(0);
        head.getChildren().clear();
        body.getChildren().clear();
        portionChoice = null;
        FoodRow row = model.detailRow();
        shown = row;
        if (row == null || model.catalogProperty().get() == null) {
            Label hint = new Label(Messages.get("detail.hint"));
            hint.setWrapText(true);
            hint.getStyleClass().add("hint");
            content.getChildren().add(hint);
            return;
        }
        FoodDetail d = FoodDetail.of(row, model.catalogProperty().get(), model.portion(row));
        if (model.memberShownProperty().get() != null && model.selectedProperty().get() != null) {
            Label member = wrapped(Messages.get("detail.member", model.selectedProperty().get().name()), "hint");
            Hyperlink back = new Hyperlink(Messages.get("detail.backToFamily"));
            back.setId("detailBackToFamily");
            back.setOnAction(e -> model.showFamily());
            head.getChildren().addAll(member, back);
        }
        Label title = new Label(d.title());
        title.setId("detailTitle");
        title.setWrapText(true);
        title.getStyleClass().add("detail-title");
        Label subtitle = new Label(d.subtitle());
        subtitle.setWrapText(true);
        subtitle.getStyleClass().add("detail-subtitle");
        head.getChildren().addAll(title, subtitle, portionChooser(row));
        content.getChildren().addAll(head, body);
        renderBody(row, d);
    }

    private void renderBody(FoodRow row, FoodDetail d) {
        body.getChildren().clear();
        VBox content = body;
        String shared = sharedNote(d);
        content.getChildren().addAll(heading(Messages.get("detail.vitamin.k")), valuesGrid(d, shared));
        if (d.values().stream().anyMatch(FoodDetail.ValueLine::calculated)) {
            // What the italics mean, said where they are.
            Label legend = wrapped(Messages.get("detail.italicLegend"), "value-note");
            legend.setId("detailItalicLegend");
            legend.getStyleClass().add("calculated-value");
            content.getChildren().add(legend);
        }
        if (!shared.isEmpty()) {
            Label note = wrapped(shared, "value-note");
            note.setId("detailSharedNote");
            content.getChildren().add(note);
        }
        if (!d.figures().isEmpty()) {
            content.getChildren().add(heading(Messages.get("detail.figures")));
            VBox figures = new VBox(2);
            figures.setId("detailFigures");
            d.figures().forEach(f -> figures.getChildren().add(wrapped(f, "detail-figure")));
            content.getChildren().add(figures);
        }
        for (String total : d.totals()) {
            content.getChildren().add(wrapped(total, "detail-total"));
        }
        if (!d.warfarinNote().isEmpty()) {
            Label note = wrapped(d.warfarinNote(), "warfarin-note");
            note.setId("warfarinNote");
            content.getChildren().add(note);
        }
        if (!d.reported().isEmpty()) {
            content.getChildren().add(heading(Messages.get("detail.other.reported.measures.not.a")));
            for (FoodDetail.ReportedLine r : d.reported()) {
                content.getChildren().add(wrapped(r.measure() + ": " + r.value() + " — " + r.sourceLabel()
                        + (r.note().isEmpty() ? "" : ". " + r.note()), "detail-reported"));
            }
        }
        if (!d.related().isEmpty()) {
            content.getChildren().add(heading(Messages.get("detail.family", d.familyName())));
            for (FoodDetail.RelatedFood r : d.related()) {
                Hyperlink link = new Hyperlink(Messages.get("detail.family.link", r.name(), r.sourceLabel()));
                link.setWrapText(true);
                link.getStyleClass().add("related-food");
                link.setOnAction(e -> model.selectFood(r.foodId()));
                String relation = Messages.get(r.sameFood() ? "detail.family.same" : "detail.family.similar");
                String line = r.note().isEmpty() ? Messages.get("detail.family.memberNoNote", relation, r.valuesSummary())
                        : Messages.get("detail.family.member", relation, r.valuesSummary(), r.note());
                content.getChildren().addAll(link, wrapped(line, "detail-related-values"));
            }
        }
        content.getChildren().add(heading(Messages.get("detail.other.nutrients.per.100.g")));
        for (String n : d.nutrients()) {
            content.getChildren().add(wrapped(n, "detail-nutrient"));
        }
        content.getChildren().add(heading(Messages.get("detail.sources")));
        VBox sources = new VBox(8);
        sources.setId("detailSources");
        for (FoodDetail.SourceLine s : d.sources()) {
            sources.getChildren().add(sourceBox(s));
        }
        content.getChildren().add(sources);
    }

    private Node portionChooser(FoodRow row) {
        if (row.portionFood().portions().isEmpty()) {
            return wrapped(Messages.get("detail.no.household.portion.is.recorded"),
                    "hint");
        }
        ComboBox<Portion> choice = PortionChoice.of(row, model, "portionChoice");
        portionChoice = choice;
        choice.setMinWidth(120);
        choice.setMaxWidth(Double.MAX_VALUE);
        // A long portion ("1 pack (typical Japanese retail pack) (40 g)") wraps in the box rather than being cut: the
        // box shows it as text wrapped to its width, and grows a line when it needs one.
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
                Math.max(1, now.doubleValue() - shown.snappedLeftInset() - shown.snappedRightInset() - 1)));
        choice.setButtonCell(shown);
        Text measure = new Text();
        Runnable fit = () -> {
            measure.setFont(shownText.getFont());
            measure.setText(shownText.getText());
            choice.setPrefWidth(Math.ceil(measure.getLayoutBounds().getWidth()
                    + PORTION_CHROME_EMS * shownText.getFont().getSize()));
        };
        shownText.fontProperty().addListener((obs, was, now) -> fit.run());
        shownText.textProperty().addListener((obs, was, now) -> fit.run());
        fit.run();
        Label label = new Label(Messages.get("detail.serving"));
        label.setLabelFor(choice);
        FlowPane box = new FlowPane(8, 4, label, choice);
        // The box never wider than the pane: it wraps its text instead (a flow pane's least width would otherwise be
        // the box's whole text, pushing the pane's content past its right edge).
        box.setMinWidth(0);
        choice.maxWidthProperty().bind(box.widthProperty());
        return box;
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

    private GridPane valuesGrid(FoodDetail d, String shared) {
        GridPane grid = new GridPane();
        grid.setId("detailValues");
        grid.setHgap(10);
        grid.setVgap(4);
        for (int i = 0; i < 4; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            if (i < 3) {
                cc.setMinWidth(Region.USE_PREF_SIZE);
            } else {
                cc.setHgrow(Priority.ALWAYS);
            }
            grid.getColumnConstraints().add(cc);
        }
        String[] headers = {Messages.get("detail.form"), Messages.get("detail.per100g"),
            Messages.get("detail.perServing"), Messages.get("detail.source")};
        for (int i = 0; i < headers.length; i++) {
            Label h = new Label(headers[i]);
            h.getStyleClass().add("grid-header");
            grid.add(h, i, 0);
        }
        if (d.values().isEmpty()) {
            grid.add(wrapped(Messages.get("detail.noForms"), "hint"), 0, 1, 4, 1);
        }
        int r = 1;
        for (FoodDetail.ValueLine v : d.values()) {
            Label amount = new Label(v.amountPer100g());
            amount.setTooltip(new Tooltip(Messages.get("detail.twoLines", v.state(), v.evidence())));
            if (v.calculated()) {
                amount.getStyleClass().add("calculated-value");
            }
            if (v.unpublished()) {
                amount.getStyleClass().add("unpublished-value");
            }
            grid.add(new Label(v.form()), 0, r);
            grid.add(amount, 1, r);
            grid.add(new Label(v.perServing()), 2, r);
            // A source of several words ("Kamao 2007") goes onto two lines rather than being cut.
            Label source = new Label(v.sourceLabel());
            source.setWrapText(true);
            grid.add(source, 3, r);
            r++;
            String how = v.provenance().isEmpty() ? v.evidence()
                    : Messages.get("detail.twoLines", String.join("; ", v.provenance()), v.evidence());
            String info = v.note().isEmpty() || !shared.isEmpty() ? how
                    : Messages.get("detail.twoLines", how, v.note());
            Label note = wrapped(info, "value-note");
            grid.add(note, 0, r, 4, 1);
            r++;
        }
        return grid;
    }

    private Node sourceBox(FoodDetail.SourceLine s) {
        VBox box = new VBox(2);
        box.getStyleClass().add("source-box");
        Label label = new Label(s.label());
        label.getStyleClass().add("source-label");
        box.getChildren().addAll(label, wrapped(s.citation(), "source-citation"));
        for (String caution : s.cautions()) {
            box.getChildren().add(wrapped(Messages.get("detail.caution", caution), "source-caution"));
        }
        if (!s.whatWasRead().isBlank()) {
            box.getChildren().add(wrapped(Messages.get("detail.whatWasRead", s.whatWasRead()), "source-read"));
        }
        FlowPane links = new FlowPane(6, 2);
        s.link().ifPresent(url -> {
            Hyperlink link = new Hyperlink(url);
            link.setWrapText(true);
            link.getStyleClass().add("source-link");
            link.setOnAction(e -> actions.openLink(url));
            link.setTooltip(new Tooltip(Messages.get("detail.open.in.the.browser")));
            links.getChildren().add(link);
        });
        Button copy = new Button(Messages.get("detail.copy.citation"));
        copy.getStyleClass().add("copy-citation");
        copy.setOnAction(e -> actions.copyToClipboard(s.citation() + s.link().map(u -> " " + u).orElse("")));
        links.getChildren().add(copy);
        box.getChildren().add(links);
        return box;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("detail-heading");
        return l;
    }

    private static Label wrapped(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
