package k2explorer.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The texts a table's column shows, read through its cell values as the cells do. */
public final class TableTexts {
    private TableTexts() {
    }

    public static List<String> column(TableView<?> table, int index) {
        return texts(table, index);
    }

    @SuppressWarnings("unchecked")
    private static <S> List<String> texts(TableView<S> table, int index) {
        TableColumn<S, ?> column = table.getColumns().get(index);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < table.getItems().size(); i++) {
            out.add(String.valueOf(column.getCellData(i)));
        }
        return out;
    }
}
