package k2explorer.app;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Scale;

/** A node drawn to pixels on the FX thread, ready to be written as PNG in the background. */
public record PngSnapshot(int[] argb, int width, int height) {
    /** A chart saved as PNG is drawn at twice its size on screen, sharp enough to print. */
    public static final double PRINT_SCALE = 2;

    /** Draws {@code node} as it looks now, at screen size. */
    public static PngSnapshot of(Node node) {
        return of(node, 1);
    }

    /**
     * Draws {@code node} {@code scale} times its size on screen (the same layout, drawn sharper for print); a node
     * not shown anywhere (a printable page) is laid out first.
     */
    public static PngSnapshot of(Node node, double scale) {
        if (node.getScene() == null) {
            new Scene(new Group(node));
        }
        node.applyCss();
        if (node instanceof Parent parent) {
            parent.layout();
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(new Scale(scale, scale));
        WritableImage image = node.snapshot(params, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return new PngSnapshot(pixels, width, height);
    }
}
