import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Writes the app-image icons jpackage wants on Windows (.ico) and macOS (.icns) from the bundled PNGs, so the three
 * stay the same picture. Both formats may carry PNG data as is (Windows Vista+, macOS 10.7+).
 * Run from the project folder: {@code java tools/MakeIcons.java}.
 */
public final class MakeIcons {
    private static final Path ICONS = Path.of("src/main/resources/k2explorer/icon");
    private static final Path OUT = Path.of("src/main/packaging");

    public static void main(String[] args) throws IOException {
        BufferedImage large = ImageIO.read(ICONS.resolve("k2-explorer-256.png").toFile());
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        png.put(32, eightBit(ImageIO.read(ICONS.resolve("k2-explorer-32.png").toFile()), 32));
        png.put(64, eightBit(ImageIO.read(ICONS.resolve("k2-explorer-64.png").toFile()), 64));
        png.put(128, eightBit(large, 128));
        png.put(256, eightBit(large, 256));
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("k2-explorer.ico"), ico(png));
        Files.write(OUT.resolve("k2-explorer.icns"), icns(png));
        Files.write(OUT.resolve("k2-explorer.png"), png.get(256));
    }

    /** 8 bits per channel: the bundled PNGs are 16-bit, which some icon readers refuse. */
    private static byte[] eightBit(BufferedImage source, int size) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(source, 0, 0, size, size, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] ico(Map<Integer, byte[]> png) {
        int headerSize = 6 + 16 * png.size();
        int size = headerSize + png.values().stream().mapToInt(b -> b.length).sum();
        ByteBuffer buffer = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) 0).putShort((short) 1).putShort((short) png.size());
        int offset = headerSize;
        for (Map.Entry<Integer, byte[]> e : png.entrySet()) {
            int side = e.getKey() >= 256 ? 0 : e.getKey(); // 0 means 256 in an ICO directory
            buffer.put((byte) side).put((byte) side).put((byte) 0).put((byte) 0);
            buffer.putShort((short) 1).putShort((short) 32).putInt(e.getValue().length).putInt(offset);
            offset += e.getValue().length;
        }
        png.values().forEach(buffer::put);
        return buffer.array();
    }

    private static byte[] icns(Map<Integer, byte[]> png) {
        Map<Integer, String> types = Map.of(32, "icp5", 64, "icp6", 128, "ic07", 256, "ic08");
        int size = 8 + png.values().stream().mapToInt(b -> b.length + 8).sum();
        ByteBuffer buffer = ByteBuffer.allocate(size).order(ByteOrder.BIG_ENDIAN);
        buffer.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(size);
        png.forEach((side, bytes) -> buffer.put(types.get(side).getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putInt(bytes.length + 8).put(bytes));
        return buffer.array();
    }
}
