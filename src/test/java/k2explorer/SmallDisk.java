package k2explorer;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A folder on a file system of its own that holds only a few hundred kilobytes (a {@code tmpfs} mounted over it), so
 * a test can fill the disk for real. Needs root and a sandbox that allows mounts; the test is skipped, with that
 * reason, where it cannot be arranged.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path folder;

    private SmallDisk(Path folder) {
        this.folder = folder;
    }

    public static SmallDisk mounted(Path folder, int kilobytes) {
        Assumptions.assumeTrue(OtherUser.runningAsRoot(), "mounting a small file system needs root");
        Assumptions.assumeTrue(OtherUser.works("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs",
                folder.toString()), "mount -t tmpfs is not allowed here");
        return new SmallDisk(folder);
    }

    @Override
    public void close() throws IOException {
        if (!OtherUser.works("umount", folder.toString())) {
            throw new IOException("umount " + folder + " failed; unmount it by hand");
        }
    }
}
