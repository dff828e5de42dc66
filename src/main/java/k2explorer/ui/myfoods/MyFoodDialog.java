package k2explorer.ui.myfoods;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import k2explorer.catalog.KForm;
import k2explorer.i18n.Messages;
import k2explorer.mine.foods.FieldProblem;
import k2explorer.mine.foods.MyFood;
import k2explorer.ui.common.EnumLabels;

/** Creates or edits one of the user's foods; problems show next to their field and Save waits until none remain. */
public final class MyFoodDialog extends Dialog<MyFood> {
    private static final double PROBLEM_WIDTH = 320;
    private static final double FIELD_WIDTH = 240;
    private static final double DIALOG_WIDTH = 860;

    public MyFoodDialog(Window owner, MyFoodEditorModel model, boolean editing) {
        initOwner(owner);
        setTitle(editing ? Messages.get("myFood.editTitle") : Messages.get("myFood.newTitle"));
        setHeaderText(Messages.get("myFood.header"));
        getDialogPane().setId("myFoodDialog");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        int row = 0;
        row = field(grid, row, Messages.get("myFood.name"), "myFoodName", model.nameProperty(), FieldProblem.NAME,
                model);
        row = field(grid, row, Messages.get("myFood.group"), "myFoodGroup", model.groupProperty(),
                FieldProblem.GROUP, model);
        row = field(grid, row, Messages.get("myFood.source"), "myFoodSource", model.sourceProperty(),
                FieldProblem.SOURCE, model);
        ((TextField) grid.lookup("#myFoodSource")).setPromptText(Messages.get("myFood.source.prompt"));
        Label portion = new Label(Messages.get("myFood.portion"));
        portion.getStyleClass().add("detail-section");
        grid.add(portion, 0, row++, 3, 1);
        row = field(grid, row, Messages.get("myFood.portionName"), "myFoodPortionLabel", model.portionLabelProperty(),
                null, model);
        row = field(grid, row, Messages.get("myFood.portionGrams"), "myFoodPortionGrams", model.portionGramsProperty(),
                FieldProblem.PORTION, model);
        Label amounts = new Label();
        amounts.textProperty().bind(Bindings.when(model.perServingProperty())
                .then(Messages.get("myFood.amounts.perServing")).otherwise(Messages.get("myFood.amounts")));
        amounts.getStyleClass().add("detail-section");
        grid.add(amounts, 0, row++, 3, 1);
        CheckBox perServing = new CheckBox(Messages.get("myFood.perServing"));
        perServing.setId("myFoodPerServing");
        perServing.selectedProperty().bindBidirectional(model.perServingProperty());
        grid.add(perServing, 0, row++, 3, 1);
        int servingRow = row;
        row = field(grid, row, Messages.get("myFood.servingGrams"), "myFoodServingGrams",
                model.servingGramsProperty(), MyFoodEditorModel.SERVING, model);
        grid.getChildren().stream()
                .filter(n -> GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) == servingRow)
                .forEach(n -> {
                    n.visibleProperty().bind(model.perServingProperty());
                    n.managedProperty().bind(model.perServingProperty());
                });
        grid.add(problemLabel(MyFoodEditorModel.AMOUNTS, model), 0, row++, 3, 1);
        for (KForm form : KForm.values()) {
            if (form == KForm.DIHYDRO_K1) {
                continue;
            }
            row = field(grid, row, EnumLabels.of(form), "myFoodAmount-" + form.name(), model.amountProperty(form),
                    EnumLabels.of(form), model);
            Label converted = new Label();
            converted.setId("myFoodPer100g-" + form.name());
            converted.getStyleClass().add("muted");
            converted.textProperty().bind(model.per100gTextProperty(form));
            converted.visibleProperty().bind(converted.textProperty().isNotEmpty());
            converted.managedProperty().bind(converted.visibleProperty());
            grid.add(converted, 1, row++);
        }
        Label stillNeeded = new Label();
        stillNeeded.setId("myFoodStillNeeded");
        stillNeeded.getStyleClass().add("muted");
        stillNeeded.setWrapText(true);
        Runnable updateNeeded = () -> stillNeeded.setText(model.stillNeeded());
        model.problems().addListener((MapChangeListener<String, String>) c -> updateNeeded.run());
        model.shownProblems().addListener((MapChangeListener<String, String>) c -> updateNeeded.run());
        updateNeeded.run();
        grid.add(stillNeeded, 0, row++, 3, 1);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setMinWidth(FIELD_WIDTH);
        fields.setPrefWidth(FIELD_WIDTH);
        fields.setHgrow(Priority.ALWAYS);
        // Problems get a column of their own width, so the form does not jump as messages come and go.
        ColumnConstraints problems = new ColumnConstraints(PROBLEM_WIDTH, PROBLEM_WIDTH, PROBLEM_WIDTH);
        grid.getColumnConstraints().setAll(labels, fields, problems);
        ScrollPane scroll = new ScrollPane(new VBox(grid));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        getDialogPane().setContent(scroll);
        getDialogPane().setMinWidth(DIALOG_WIDTH);
        setResizable(true);
        ButtonType save = new ButtonType(Messages.get("myFood.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Node saveButton = getDialogPane().lookupButton(save);
        saveButton.setId("myFoodSaveButton");
        saveButton.disableProperty().bind(model.validProperty().not());
        setResultConverter(button -> button == save ? model.toFood() : null);
        setOnShown(e -> grid.lookup("#myFoodName").requestFocus());
    }

    private static int field(GridPane grid, int row, String label, String id,
            StringProperty value,
                             String problemKey, MyFoodEditorModel model) {
        Label l = new Label(label);
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setAccessibleText(label);
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(l, 0, row);
        grid.add(field, 1, row);
        if (problemKey != null) {
            Label problem = problemLabel(problemKey, model);
            problem.setId(id + "Error");
            grid.add(problem, 2, row);
        }
        return row + 1;
    }

    private static Label problemLabel(String key, MyFoodEditorModel model) {
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(PROBLEM_WIDTH);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        Runnable update = () -> problem.setText(model.shownProblems().getOrDefault(key, ""));
        model.shownProblems().addListener((MapChangeListener<String, String>) c -> update.run());
        update.run();
        return problem;
    }
}
