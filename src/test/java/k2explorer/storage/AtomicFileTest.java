package k2explorer.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file the user keeps is replaced whole or not at all, and no temporary file is left either way. */
class AtomicFileTest {
    @TempDir
    Path dir;

    /** Work that writes {@code data} to the temporary file. */
    private static AtomicFile.PathWork<Void> bytes(byte[] data) {
        return temp -> {
            Files.write(temp, data);
            return null;
        };
    }

    @Test
    void writesAndReplacesTheTarget() throws IOException {
        Path target = dir.resolve("out.csv");
        Files.writeString(target, "old");
        int lines = AtomicFile.writeText(target, out -> {
            out.write("a\nb\n");
            return 2;
        });
        assertEquals(2, lines);
        assertEquals("a\nb\n", Files.readString(target));
        assertEquals(List.of("out.csv"), names());
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndLeavesNoPartialFile() throws IOException {
        Path target = dir.resolve("out.csv");
        Files.writeString(target, "old");
        assertThrows(IOException.class, () -> AtomicFile.writeText(target, out -> {
            out.write("half");
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("out.csv"), names());
    }

    @Test
    void aDriveWithoutAtomicRenameGetsAPlainMove() throws IOException {
        Path target = dir.resolve("backup.sqlite");
        AtomicFile.write(target, bytes("data".getBytes(StandardCharsets.UTF_8)), (source, to, options) -> {
            if (Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
                throw new AtomicMoveNotSupportedException(source.toString(), to.toString(), "FAT");
            }
            Files.move(source, to, options);
        });
        assertEquals("data", Files.readString(target));
        assertEquals(List.of("backup.sqlite"), names());
    }

    @Test
    void createsTheFolderItWritesInto() throws IOException {
        Path target = dir.resolve("new/folder/out.png");
        AtomicFile.write(target, bytes(new byte[]{1, 2}));
        assertEquals(2, Files.size(target));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A replaced file keeps its permissions; a new one gets those of any new file here (the umask's). */
    @Test
    void permissionsOfTheTargetAreKeptAndNewFilesFollowTheUmask() throws IOException {
        Path shared = dir.resolve("for the clinician.csv");
        Files.writeString(shared, "old");
        var groupReadable = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(shared, groupReadable);
        AtomicFile.writeText(shared, out -> {
            out.write("new");
            return null;
        });
        assertEquals(groupReadable, Files.getPosixFilePermissions(shared));
        Path plain = Files.createFile(dir.resolve("made plainly"));
        Path fresh = dir.resolve("fresh.csv");
        AtomicFile.writeText(fresh, out -> null);
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(fresh));
    }
}
