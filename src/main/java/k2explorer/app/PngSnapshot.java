package k2explorer.app;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** A node drawn to pixels on the FX thread, ready to be written as PNG in the background. */
public record PngSnapshot(int[] argb, int width, int height) {

    /** Draws {@code node} as it looks now; a node not shown anywhere (a printable page) is laid out first. */
    public static PngSnapshot of(Node node) {
        if (node.getScene() == null) {
            new Scene(new Group(node));
        }
        node.applyCss();
        if (node instanceof Parent parent) {
            parent.layout();
        }
        WritableImage image = node.snapshot(null, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return new PngSnapshot(pixels, width, height);
    }
}
