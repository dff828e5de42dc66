package k2explorer.ui.studies;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import k2explorer.i18n.Messages;
import k2explorer.studies.Claim;
import k2explorer.studies.EvidenceGrade;
import k2explorer.studies.Study;
import k2explorer.studies.StudyDesign;
import k2explorer.studies.StudyForm;
import k2explorer.studies.StudyTopic;
import k2explorer.ui.common.Clipboards;
import k2explorer.ui.common.Columns;
import k2explorer.ui.common.EnumLabels;
import k2explorer.ui.common.Navigator;
import k2explorer.ui.common.Notifier;
import k2explorer.ui.common.StudyDose;
import k2explorer.ui.common.Toolbar;
import k2explorer.ui.common.TooltipCell;
import org.controlsfx.control.textfield.TextFields;

/** The study catalog: a filterable, sortable table and a plain-language detail pane for the chosen study. */
public final class StudiesView extends BorderPane {
    /** The table's seven columns get about two thirds of the width; the study's text reads well in the rest. */
    private static final double TABLE_SHARE = 0.64;
    private final StudiesViewModel model;
    private final Navigator navigator;
    private final Notifier notifier;
    private final TableView<Study> table = new TableView<>();
    private final VBox detail = new VBox(8);

    public StudiesView(StudiesViewModel model, Navigator navigator, Notifier notifier) {
        this.model = model;
        this.navigator = navigator;
        this.notifier = notifier;
        setId("studiesView");
        setTop(filters());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setId("studiesTable");
        table.setAccessibleText(Messages.get("studies.a11y"));
        table.setItems(model.visible());
        model.visible().comparatorProperty().bind(table.comparatorProperty());
        table.getColumns().setAll(columns());
        table.setPlaceholder(new Label(Messages.get("studies.placeholder")));
        detail.setId("studyDetail");
        setCenter(new TableDetailPane<>(table, model.selectedProperty(), detail, TABLE_SHARE,
                Messages.get("studies.detail.empty"), Study::label, this::showDetail));
    }

    public TableView<Study> table() {
        return table;
    }

    private Toolbar filters() {
        Label count = new Label(model.countText());
        count.setId("studyCount");
        model.visible().addListener((javafx.collections.ListChangeListener<Study>) change ->
                count.setText(model.countText()));
        TextField search = TextFields.createClearableTextField();
        search.setId("studySearchField");
        search.setPromptText(Messages.get("studies.search.prompt"));
        k2explorer.ui.common.PromptWidth.fit(search);
        search.setAccessibleText(Messages.get("studies.search.prompt"));
        search.textProperty().bindBidirectional(model.queryProperty());
        count.setWrapText(true);
        Toolbar bar = new Toolbar(search,
                combo("studyTopicFilter", Messages.get("studies.filter.topics"), StudyTopic.values(),
                        model.topicProperty()),
                combo("studyDesignFilter", Messages.get("studies.filter.designs"), StudyDesign.values(),
                        model.designProperty()),
                combo("studyFormFilter", Messages.get("studies.filter.forms"), StudyForm.values(),
                        model.formProperty()),
                combo("studyGradeFilter", Messages.get("studies.filter.grades"), EvidenceGrade.values(),
                        model.gradeProperty()), count);
        return bar;
    }

    private static <E extends Enum<E>> ComboBox<E> combo(String id, String all, E[] values,
                                                         ObjectProperty<E> property) {
        ComboBox<E> box = EnumLabels.filter(values, all, property);
        box.setId(id);
        box.setPromptText(all);
        box.setAccessibleText(all);
        return box;
    }

    private List<TableColumn<Study, ?>> columns() {
        TableColumn<Study, String> study = Columns.of(Messages.get("studies.column.study"), model::displayLabel);
        study.setId("studyColumn");
        study.setPrefWidth(210);
        // Names, topics and grades wrap to their column rather than being cut.
        study.setCellFactory(col -> Columns.wrapping());
        TableColumn<Study, StudyTopic> topic = Columns.of(Messages.get("studies.column.topic"), Study::topic);
        topic.setPrefWidth(130);
        topic.setCellFactory(col -> Columns.wrapping(EnumLabels::of));
        TableColumn<Study, StudyDesign> design = Columns.of(Messages.get("studies.field.design"), Study::design);
        design.setId("studyDesignColumn");
        design.setCellFactory(col -> shortCell());
        design.setPrefWidth(120);
        TableColumn<Study, StudyForm> form = Columns.of(Messages.get("studies.column.form"), Study::form);
        form.setId("studyFormColumn");
        form.setCellFactory(col -> shortCell());
        form.setPrefWidth(80);
        TableColumn<Study, Double> dose = Columns.of(Messages.get("studies.column.dose"),
                Study::dosePerDayMicrograms);
        dose.setId("studyDoseColumn");
                dose.setCellFactory(col -> Columns.drawn((cell, value) -> {
            Study row = cell.isEmpty() || cell.getTableRow() == null ? null : cell.getTableRow().getItem();
            cell.setText(cell.isEmpty() ? null : value != null ? formatDose(value)
                    : row != null && row.form() == StudyForm.K1_AND_MK4 ? Messages.get("studies.dose.twoArms") : "—");
        }));
        dose.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        TableColumn<Study, Integer> n = Columns.of(Messages.get("studies.column.people"), Study::participants);
        n.setCellFactory(col -> Columns.drawn((cell, value) ->
                cell.setText(cell.isEmpty() ? null : value == null ? "—" : String.format("%,d", value))));
        n.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        TableColumn<Study, EvidenceGrade> grade = Columns.of(Messages.get("studies.column.grade"), Study::grade);
        grade.setId("studyGradeColumn");
                grade.setComparator(StudiesViewModel.gradeOrder());
        grade.setCellFactory(col -> Columns.wrapping(EnumLabels::of));
        grade.setPrefWidth(110);
        dose.setPrefWidth(100);
        n.setPrefWidth(75);
        // Minimums that keep every header whole ("People" never breaks inside the word) and short labels readable.
        study.setMinWidth(150);
        grade.setMinWidth(90);
        design.setMinWidth(124);
        form.setMinWidth(64);
        dose.setMinWidth(76);
        n.setMinWidth(72);
        topic.setMinWidth(80);
        return List.of(study, grade, design, form, dose, n, topic);
    }

    /** A cell showing an enum's short label, with the full label as tooltip (made when first hovered). */
    private static <E extends Enum<E>> TableCell<Study, E> shortCell() {
        return new TooltipCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                E value = empty ? null : item;
                setText(value == null ? null : EnumLabels.shortOf(value));
                setTooltipText(value == null ? null : () -> EnumLabels.of(value));
            }
        };
    }

    static String formatDose(double micrograms) {
        return StudyDose.amount(micrograms);
    }

    private void showDetail(Study s) {
        Label summary = TableDetailPane.wrapped(s.summary());
        summary.setId("studySummary");
        summary.getStyleClass().add("study-summary");
        detail.getChildren().add(summary);
        java.util.List<Study> others = model.otherReports(s);
        if (!others.isEmpty()) {
            FlowPane reports = new FlowPane(6, 4);
            reports.setId("studyTrialReports");
            reports.getChildren().add(TableDetailPane.wrapped(
                    Messages.get("studies.sameTrial", others.size() + 1)));
            for (Study other : others) {
                Hyperlink h = new Hyperlink(other.label());
                h.setOnAction(e -> model.select(other.key()));
                reports.getChildren().add(h);
            }
            detail.getChildren().add(reports);
        }
        Button dose = new Button(Messages.get("studies.dose.button"));
        dose.setId("studyDoseButton");
        Optional<StudyDose> studyDose = StudyDose.of(s);
        dose.setDisable(studyDose.isEmpty());
        studyDose.ifPresent(d -> dose.setOnAction(e -> navigator.showFoodsReaching(d)));
        Label doseNote = TableDetailPane.wrapped(studyDose.map(d -> Messages.get("studies.dose.note",
                        formatDose(d.micrograms()), EnumLabels.of(d.counted()).replace(" only", ""))
                        + (d.drugDose() ? " " + Messages.get("studies.dose.drug", formatDose(d.micrograms())) : ""))
                .orElse(StudyDose.whyNone(s)));
        doseNote.setId("studyDoseNote");
        detail.getChildren().addAll(dose, doseNote);
        if (!s.verified()) {
            Label unverified = TableDetailPane.wrapped(Messages.get("studies.unverified"));
            unverified.setId("studyUnverified");
            unverified.getStyleClass().add("caution");
            detail.getChildren().add(unverified);
        }
        detail.getChildren().addAll(
                field(Messages.get("studies.field.design"),
                        EnumLabels.of(s.design()) + " · " + EnumLabels.of(s.topic())),
                field(Messages.get("studies.field.population"),
                        s.n().map(n -> Messages.get("studies.population.n", s.population(), String.format("%,d", n)))
                                .orElse(s.population())),
                field(Messages.get("studies.field.dose"),
                        EnumLabels.of(s.form()) + (s.doseText().isBlank() ? "" : " — " + s.doseText())),
                field(Messages.get("studies.field.duration"), s.duration()),
                field(Messages.get("studies.field.outcomes"), s.outcomes()),
                field(Messages.get("studies.field.result"), s.mainResult()),
                field(Messages.get("studies.field.limitations"), s.limitations()),
                field(Messages.get("studies.field.grade"), EnumLabels.of(s.grade()) + " — " + s.gradeReason()),
                field(Messages.get("studies.field.funding"), s.fundingNote()),
                field(Messages.get("studies.field.readWhere"),
                        s.verified() ? s.readWhere() : Messages.get("studies.notRead")),
                field(Messages.get("studies.field.citation"), s.citation()));
        FlowPane paper = new FlowPane(8, 4);
        paper.setId("studyPaperLinks");
        s.doiLink().ifPresent(url -> {
            Hyperlink link = new Hyperlink(Messages.get("studies.doiLink", s.doi()));
            link.setId("studyDoiLink");
            link.setOnAction(e -> navigator.openWebPage(url));
            paper.getChildren().add(link);
        });
        s.pubmedLink().ifPresent(url -> {
            Hyperlink link = new Hyperlink(Messages.get("studies.pubmedLink", s.pmid()));
            link.setId("studyPubmedLink");
            link.setOnAction(e -> navigator.openWebPage(url));
            paper.getChildren().add(link);
        });
        Button copy = new Button(Messages.get("studies.copyCitation"));
        copy.setId("studyCopyCitation");
        copy.setOnAction(e -> Clipboards.copy(s.citeAs(), notifier));
        paper.getChildren().add(copy);
        if (paper.getChildren().size() > 1) {
            detail.getChildren().add(TableDetailPane.section(Messages.get("studies.field.identifiers")));
        }
        detail.getChildren().add(paper);
        List<Claim> claims = model.claimsCiting(s);
        if (!claims.isEmpty()) {
            // One claim a line, wrapped to the pane: a claim is a sentence, never cut.
            VBox links = new VBox(2);
            links.setId("studyClaimLinks");
            for (Claim c : claims) {
                Hyperlink h = new Hyperlink(Messages.get("studies.claimLink", c.text(), EnumLabels.of(c.verdict())));
                h.setWrapText(true);
                h.setOnAction(e -> navigator.openClaim(c.id()));
                links.getChildren().add(h);
            }
            detail.getChildren().addAll(TableDetailPane.section(Messages.get("studies.field.claims")), links);
        }
    }

    private static VBox field(String name, String value) {
        VBox box = new VBox(2, TableDetailPane.section(name),
                TableDetailPane.wrapped(value == null || value.isBlank() ? "—" : value));
        box.setVisible(value != null && !value.isBlank() || name.equals(Messages.get("studies.field.limitations")));
        box.setManaged(box.isVisible());
        return box;
    }
}
