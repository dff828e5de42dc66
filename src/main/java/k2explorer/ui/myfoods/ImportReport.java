package k2explorer.ui.myfoods;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import k2explorer.i18n.Messages;
import k2explorer.userdata.ImportProblem;
import k2explorer.userdata.MyFoodCsv;

/** Tells the user what an import did: how many foods were added, or every line that stopped it and why. */
public final class ImportReport {
    private ImportReport() {
    }

    public static Alert show(Window owner, Path file, MyFoodCsv.Parsed parsed) {
        Alert alert;
        if (parsed.ok()) {
            alert = new Alert(Alert.AlertType.INFORMATION, Messages.get(parsed.foods().size() == 1
                    ? "import.done.one" : "import.done", parsed.foods().size(), file));
            alert.setHeaderText(Messages.get("import.finished"));
        } else {
            alert = new Alert(Alert.AlertType.WARNING);
            alert.setHeaderText(Messages.get(parsed.problems().size() == 1 ? "import.failed.one"
                    : "import.failed", parsed.problems().size(), file.getFileName()));
            ListView<String> list = new ListView<>();
            list.setId("importProblems");
            list.setPrefSize(640, 320);
            parsed.problems().stream().map(ImportProblem::toString).forEach(list.getItems()::add);
            alert.getDialogPane().setContent(list);
        }
        alert.getDialogPane().setId("importReport");
        alert.setTitle(Messages.get("import.title"));
        alert.initOwner(owner);
        alert.show();
        return alert;
    }
}
