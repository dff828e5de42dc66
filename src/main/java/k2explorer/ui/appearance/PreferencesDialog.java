package k2explorer.ui.appearance;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import k2explorer.i18n.Messages;
import k2explorer.ui.common.EnumLabels;

/** Theme, font size and chart palette; changes apply at once and are remembered. */
public final class PreferencesDialog extends Dialog<Void> {

    public PreferencesDialog(Window owner, AppearanceViewModel model) {
        initOwner(owner);
        setTitle(Messages.get("preferences.title"));
        setHeaderText(Messages.get("preferences.header"));
        getDialogPane().setId("preferencesDialog");
        ComboBox<ThemeChoice> theme = EnumLabels.comboBox(ThemeChoice.values());
        theme.setId("themeChoice");
        theme.valueProperty().bindBidirectional(model.themeProperty());
        ComboBox<Integer> font = new ComboBox<>();
        font.setId("fontScaleChoice");
        font.getItems().setAll(AppearanceViewModel.FONT_SCALES);
        font.setValue(model.fontScaleProperty().get());
        font.setConverter(EnumLabels.shown(value -> value + " %", ""));
        font.valueProperty().addListener((obs, o, n) -> {
            if (n != null) {
                model.fontScaleProperty().set(n);
            }
        });
        CheckBox palette = new CheckBox(Messages.get("preferences.palette"));
        palette.setId("colourBlindPalette");
        palette.selectedProperty().bindBidirectional(model.colourBlindPaletteProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(10));
        Label themeLabel = new Label(Messages.get("preferences.theme"));
        themeLabel.setLabelFor(theme);
        Label fontLabel = new Label(Messages.get("preferences.textSize"));
        fontLabel.setLabelFor(font);
        grid.addRow(0, themeLabel, theme);
        grid.addRow(1, fontLabel, font);
        grid.add(palette, 0, 2, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }
}
