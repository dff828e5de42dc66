package k2explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes a folder that this process really cannot write to, for the length of a test. {@code chmod 555} is enough for
 * an ordinary user; root ignores it, so there the folder is made immutable ({@code chattr +i}), which binds root too.
 * Where neither works (no chattr, a file system without the flag, no CAP_LINUX_IMMUTABLE) the test is skipped, with
 * that reason, rather than passing without having tested anything.
 */
public class ReadOnlyFolder implements AutoCloseable {
    private final Path folder;
    private final Set<PosixFilePermission> permissions;
    private final boolean immutable;

    ReadOnlyFolder(Path folder, Set<PosixFilePermission> permissions, boolean immutable) {
        this.folder = folder;
        this.permissions = permissions;
        this.immutable = immutable;
    }

    public static ReadOnlyFolder of(Path folder) throws IOException {
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (!Files.isWritable(folder)) {
            return new ReadOnlyFolder(folder, before, false);
        }
        Files.setPosixFilePermissions(folder, before);
        boolean immutable = chattr("+i", folder);
        Assumptions.assumeTrue(immutable && !Files.isWritable(folder), "this process can write to a chmod 555 folder "
                + "(root) and chattr +i is not available here, so a read-only folder cannot be arranged");
        return new ReadOnlyFolder(folder, before, true);
    }

    /**
     * The folder as a read-only mount of itself ({@code mount --bind} then {@code remount,bind,ro}): the kernel
     * answers every write with EROFS, whoever asks. Needs root and a sandbox that allows mounts; the test is
     * skipped, with that reason, where it cannot be arranged.
     */
    public static ReadOnlyFolder mounted(Path folder) throws IOException {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "a read-only mount needs root");
        String path = folder.toString();
        if (!OtherUser.works("mount", "--bind", path, path)) {
            Assumptions.abort("mount --bind is not allowed here");
        }
        if (!OtherUser.works("mount", "-o", "remount,bind,ro", path)) {
            OtherUser.works("umount", path);
            Assumptions.abort("a read-only remount is not allowed here");
        }
        return new ReadOnlyFolder(folder, null, false) {
            @Override
            public void close() throws IOException {
                if (!OtherUser.works("umount", path)) {
                    throw new IOException("umount " + path + " failed; unmount it by hand");
                }
            }
        };
    }

    private static boolean chattr(String flag, Path folder) {
        return OtherUser.works("chattr", flag, folder.toString());
    }

    /** Gives the folder back its write permission, so the test's temporary folder can be deleted. */
    @Override
    public void close() throws IOException {
        if (immutable && !chattr("-i", folder)) {
            throw new IOException("chattr -i " + folder + " failed; remove the flag by hand");
        }
        Files.setPosixFilePermissions(folder, permissions);
    }
}
