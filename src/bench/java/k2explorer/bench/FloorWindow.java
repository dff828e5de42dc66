package k2explorer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import k2explorer.app.StartupProbe;

/**
 * The floor of the interaction benchmark: a bare TableView with the app's visible columns and the same rows as
 * plain text (the file {@code -Dfloor.rows}: a line of column ids, a line of titles, then one line per row, tab
 * separated), filtered by a TextField through FilteredList and sorted through SortedList. Default theme (Modena),
 * default column resize policy, nothing else in the window.
 */
public final class FloorWindow extends Application {

    @Override
    public void start(Stage stage) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(System.getProperty("floor.rows")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] ids = lines.get(0).split("\t", -1);
        String[] titles = lines.get(1).split("\t", -1);
        List<String[]> rows = lines.subList(2, lines.size()).stream().map(l -> l.split("\t", -1)).toList();
        TableView<String[]> table = new TableView<>();
        table.setId("foodsTable");
        for (int i = 0; i < ids.length; i++) {
            int column = i;
            TableColumn<String[], String> col = new TableColumn<>(titles[i]);
            col.setId(ids[i]);
            col.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue()[column]));
            table.getColumns().add(col);
        }
        FilteredList<String[]> filtered = new FilteredList<>(FXCollections.observableArrayList(rows));
        SortedList<String[]> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TextField search = new TextField();
        search.setId("searchField");
        search.textProperty().addListener((obs, was, now) -> {
            String q = now.toLowerCase(Locale.ROOT).strip();
            filtered.setPredicate(q.isEmpty() ? null : r -> r[0].toLowerCase(Locale.ROOT).contains(q));
        });
        BorderPane root = new BorderPane(table);
        root.setTop(search);
        Scene scene = new Scene(root, 1360, 820); // the app's first window size; the interaction session resizes it
        stage.setScene(scene);
        stage.setTitle("Floor");
        stage.show();
        if (StartupProbe.enabled()) {
            // the start-up benchmark's second floor (StartupBench "table"): its first frame with the filled table
            StartupProbe.exitOnFirstFrame(scene, () -> !table.getItems().isEmpty());
        }
    }

    /** A plain main class, so the start-up benchmark can start the floor from the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(FloorWindow.class, args);
        }
    }
}
