package k2explorer.ui.myfoods;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import k2explorer.i18n.Messages;
import k2explorer.mine.foods.ImportOutcome;
import k2explorer.mine.foods.ImportProblem;
import k2explorer.mine.foods.MyFood;

/** Tells the user what an import did: how many foods or plans were added, or every line that stopped it and why. */
public final class ImportReport {
    /** The texts of one kind of import: its title and the "done" and "failed" sentences (one and many). */
    public record Texts(String title, String doneOne, String done, String failedOne, String failed) {
        public static final Texts FOODS = new Texts("import.title", "import.done.one", "import.done",
                "import.failed.one", "import.failed");
        public static final Texts PLANS = new Texts("import.plans.title", "import.plans.done.one",
                "import.plans.done", "import.plans.failed.one", "import.plans.failed");
    }

    private ImportReport() {
    }

    public static Alert show(Window owner, Path file, ImportOutcome<MyFood> parsed) {
        return show(owner, file, parsed, Texts.FOODS);
    }

    public static Alert show(Window owner, Path file, ImportOutcome<?> parsed, Texts texts) {
        Alert alert;
        if (parsed.ok()) {
            alert = new Alert(Alert.AlertType.INFORMATION, Messages.get(parsed.count() == 1 ? texts.doneOne()
                    : texts.done(), parsed.count(), file));
            alert.setHeaderText(Messages.get("import.finished"));
        } else {
            alert = new Alert(Alert.AlertType.WARNING);
            alert.setHeaderText(Messages.get(parsed.problems().size() == 1 ? texts.failedOne() : texts.failed(),
                    parsed.problems().size(), file.getFileName()));
            ListView<String> list = new ListView<>();
            list.setId("importProblems");
            list.setPrefSize(640, 320);
            // Wrapped, so a reason after a long column name stays in sight without scrolling sideways.
            list.setCellFactory(v -> new ListCell<>() {
                {
                    setWrapText(true);
                    prefWidthProperty().bind(v.widthProperty().subtract(24));
                }

                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            });
            parsed.problems().stream().map(ImportReport::worded).forEach(list.getItems()::add);
            alert.getDialogPane().setContent(list);
        }
        alert.getDialogPane().setId("importReport");
        alert.setTitle(Messages.get(texts.title()));
        alert.initOwner(owner);
        alert.show();
        return alert;
    }

    /** One refused line as the report lists it: "line 3, column name: enter a name." in the user's language. */
    static String worded(ImportProblem problem) {
        String line = String.valueOf(problem.line());
        return problem.column().isEmpty() ? Messages.get("import.problem.line", line, problem.reason())
                : Messages.get("import.problem.lineColumn", line, problem.column(), problem.reason());
    }
}
