package k2explorer.ui.common;

import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/** Keeps a text field wide enough for its whole placeholder at the text size in use, so the hint is never cut. */
public final class PromptWidth {
    /** Room beside the placeholder for the field's padding and a clear button, in ems. */
    private static final double CHROME_EMS = 3;

    private PromptWidth() {
    }

    public static void fit(TextField field) {
        Text prompt = new Text();
        Runnable fit = () -> {
            prompt.setFont(field.getFont());
            prompt.setText(field.getPromptText() == null ? "" : field.getPromptText());
            field.setPrefWidth(Math.ceil(prompt.getLayoutBounds().getWidth()
                    + CHROME_EMS * field.getFont().getSize()));
        };
        field.fontProperty().addListener((obs, was, now) -> fit.run());
        field.promptTextProperty().addListener((obs, was, now) -> fit.run());
        fit.run();
    }
}
