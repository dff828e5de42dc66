package k2explorer.ui.coverage;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import k2explorer.coverage.CountedForms;
import k2explorer.i18n.Messages;

/** The daily target row above the Foods table: which reference, which forms count, and the user's own numbers. */
public final class TargetBar extends HBox {

    public TargetBar(TargetChoiceViewModel model) {
        super(8);
        setId("targetBar");
        getStyleClass().add("target-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 6, 8));

        ComboBox<TargetOption> targetChoice = new ComboBox<>(model.options());
        targetChoice.setId("targetChoice");
        targetChoice.setAccessibleText(Messages.get("target.daily.target"));
        targetChoice.valueProperty().bindBidirectional(model.optionProperty());
        targetChoice.setPrefWidth(480);
        Tooltip citation = new Tooltip();
        citation.textProperty().bind(model.citationProperty());
        citation.setWrapText(true);
        citation.setMaxWidth(520);
        targetChoice.setTooltip(citation);

        ComboBox<CountedForms> counted = new ComboBox<>(FXCollections.observableArrayList(CountedForms.values()));
        counted.setId("countedFormsChoice");
        counted.setAccessibleText(Messages.get("target.forms.that.count.toward.the"));
        counted.valueProperty().bindBidirectional(model.countedProperty());

        TextField custom = new TextField();
        custom.setId("customTargetField");
        custom.setPromptText("µg/day");
        custom.setPrefColumnCount(7);
        custom.textProperty().bindBidirectional(model.customMicrogramsProperty());
        TextField weight = new TextField();
        weight.setId("bodyWeightField");
        weight.setPromptText(Messages.get("target.weight.prompt"));
        weight.setPrefColumnCount(8);
        weight.textProperty().bindBidirectional(model.bodyWeightKgProperty());
        Runnable showFields = () -> {
            custom.setVisible(model.needsCustomAmount());
            custom.setManaged(model.needsCustomAmount());
            weight.setVisible(model.needsBodyWeight());
            weight.setManaged(model.needsBodyWeight());
        };
        model.optionProperty().addListener((obs, old, now) -> showFields.run());
        showFields.run();

        Label problem = new Label();
        problem.setId("targetProblem");
        problem.getStyleClass().add("target-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.setWrapText(true);
        HBox.setHgrow(problem, Priority.ALWAYS);

        Label targetLabel = new Label(Messages.get("target.daily.target"));
        targetLabel.setLabelFor(targetChoice);
        Label countsLabel = new Label(Messages.get("target.counting"));
        countsLabel.setLabelFor(counted);
        for (Region r : new Region[] {targetLabel, countsLabel, counted}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(targetLabel, targetChoice, custom, weight, countsLabel, counted, problem);
    }
}
