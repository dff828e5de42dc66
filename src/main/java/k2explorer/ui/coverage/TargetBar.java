package k2explorer.ui.coverage;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import k2explorer.coverage.CountedForms;
import k2explorer.i18n.Messages;
import k2explorer.ui.common.EnumLabels;
import k2explorer.ui.common.HoverTooltip;
import k2explorer.ui.common.ListWhenShownSkin;

/**
 * The daily target above the Foods table: which reference, which forms count, and the user's own numbers. Its parts
 * join the Foods filters' wrapping row, each part kept whole on one line.
 */
public final class TargetBar {
    /** Room beside the chosen reference's text for the box's padding and arrow, in ems. */
    private static final double CHOICE_CHROME_EMS = 4.2;
    /** The least width the reference box is narrowed to in a narrow window, in ems. */
    private static final double MIN_CHOICE_EMS = 12;
    private final List<Node> parts;

    public TargetBar(TargetChoiceViewModel model) {

        ComboBox<TargetOption> targetChoice = new ComboBox<>(model.options());
        targetChoice.setId("targetChoice");
        targetChoice.setConverter(EnumLabels.shown(TargetOption::label, ""));
        targetChoice.setAccessibleText(Messages.get("target.daily.target"));
        targetChoice.valueProperty().bindBidirectional(model.optionProperty());
        // Its width is set below, to the chosen reference's text; only a toolbar line narrower than that (the narrowest
        // window) shortens it, and then the whole text is on the shown text's tooltip and in the box's list.
        ListWhenShownSkin.install(targetChoice);
        Consumer<Tooltip> wrapped = tooltip -> {
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(520);
        };
        HoverTooltip.install(targetChoice, model.citationProperty(), wrapped);
        // In a line narrower than the box's whole text (the narrowest window, see below) the box is shortened; then
        // the shown text carries a tooltip naming the chosen reference in full before its citation.
        StringBinding whole = Bindings.createStringBinding(() -> {
            TargetOption option = targetChoice.getValue();
            String citation = model.citationProperty().get();
            return option == null ? citation : citation == null || citation.isEmpty() ? option.label()
                    : option.label() + "\n\n" + citation;
        }, targetChoice.valueProperty(), model.citationProperty());
        ListCell<TargetOption> shown = new ListCell<>() {
            private Tooltip wholeText;

            @Override
            protected void updateItem(TargetOption option, boolean empty) {
                super.updateItem(option, empty);
                setText(empty || option == null ? "" : option.label());
            }

            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                boolean cut = getChildrenUnmodifiable().stream()
                        .anyMatch(n -> n instanceof Text t && !t.getText().equals(getText()));
                if (cut && wholeText == null) {
                    wholeText = new Tooltip();
                    wholeText.textProperty().bind(whole);
                    wrapped.accept(wholeText);
                }
                if (cut != (getTooltip() != null)) {
                    setTooltip(cut ? wholeText : null);
                }
            }
        };
        targetChoice.setButtonCell(shown);

        Label targetLabel = new Label(Messages.get("target.toward"));
        ComboBox<CountedForms> counted = EnumLabels.comboBox(CountedForms.values());
        counted.setId("countedFormsChoice");
        counted.setAccessibleText(Messages.get("target.forms.that.count.toward.the"));
        counted.valueProperty().bindBidirectional(model.countedProperty());
        ListWhenShownSkin.install(counted);

        // The user's own amount and body weight are asked for only with the references that need them: the fields
        // are made when first needed, not for a first window that seldom shows them.
        HBox target = row(targetLabel, targetChoice);
        TextField[] fields = new TextField[2];
        Runnable showFields = () -> {
            if (fields[0] == null && (model.needsCustomAmount() || model.needsBodyWeight())) {
                fields[0] = customField(model);
                fields[1] = weightField(model);
                target.getChildren().addAll(fields);
            }
            if (fields[0] != null) {
                shown(fields[0], model.needsCustomAmount());
                shown(fields[1], model.needsBodyWeight());
            }
        };
        model.optionProperty().addListener((obs, old, now) -> showFields.run());
        showFields.run();

        Label problem = new Label();
        problem.setId("targetProblem");
        problem.getStyleClass().add("target-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.setWrapText(true);
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        targetLabel.setLabelFor(targetChoice);
        Label countsLabel = new Label(Messages.get("target.counting"));
        countsLabel.setLabelFor(counted);
        for (Region r : new Region[] {targetLabel, countsLabel, counted}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        // The box is as wide as the chosen reference's whole text (not the longest in the list), at any text size.
        Text measure = new Text();
        Runnable fit = () -> {
            TargetOption option = targetChoice.getValue();
            measure.setFont(targetLabel.getFont());
            targetChoice.setMinWidth(MIN_CHOICE_EMS * targetLabel.getFont().getSize());
            measure.setText(option == null ? "" : option.label());
            targetChoice.setPrefWidth(Math.ceil(measure.getLayoutBounds().getWidth()
                    + CHOICE_CHROME_EMS * targetLabel.getFont().getSize()));
        };
        targetChoice.valueProperty().addListener((obs, old, now) -> fit.run());
        targetLabel.fontProperty().addListener((obs, old, now) -> fit.run());
        fit.run();
        // Narrower than the whole text only when a line of the toolbar is (Toolbar narrows it to the line).
        target.setMinWidth(Region.USE_COMPUTED_SIZE);
        target.setId("targetBar");
        target.getStyleClass().add("target-bar");
        parts = List.of(row(countsLabel, counted), target, problem);
    }

    /** The target's parts in reading order: the counted forms, the reference (with the user's numbers), a problem. */
    public List<Node> parts() {
        return parts;
    }

    private static TextField customField(TargetChoiceViewModel model) {
        TextField custom = new TextField();
        custom.setId("customTargetField");
        custom.setPromptText("µg/day");
        custom.setAccessibleText(Messages.get("target.custom.option"));
        custom.setPrefColumnCount(7);
        custom.textProperty().bindBidirectional(model.customMicrogramsProperty());
        return custom;
    }

    private static TextField weightField(TargetChoiceViewModel model) {
        TextField weight = new TextField();
        weight.setId("bodyWeightField");
        weight.setPromptText(Messages.get("target.weight.prompt"));
        weight.setAccessibleText(Messages.get("target.weight.prompt"));
        weight.setPrefColumnCount(8);
        weight.textProperty().bindBidirectional(model.bodyWeightKgProperty());
        return weight;
    }

    private static void shown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static HBox row(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }
}
