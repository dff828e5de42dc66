package k2explorer.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import k2explorer.storage.AtomicFile;

/** Writes ARGB pixels as a PNG file (via a temporary file, so a failed write leaves nothing half-written). */
public final class PngFile {
    private PngFile() {
    }

    public static void write(int[] argb, int width, int height, Path target) throws IOException {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("image of " + width + "×" + height + " with " + argb.length + " pixels");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        AtomicFile.write(target, temp -> {
            if (!ImageIO.write(image, "png", temp.toFile())) {
                throw new IOException("no PNG writer available");
            }
            return null;
        });
    }
}
