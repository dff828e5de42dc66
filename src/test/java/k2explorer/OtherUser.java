package k2explorer;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a main class in a child JVM as a user who is not root, so that file permissions act as they do for every
 * user of the app: root ignores {@code chmod}, and SQLite then answers differently from what an ordinary user sees
 * (a {@code chmod 555} folder gives {@code SQLITE_READONLY_DIRECTORY}, which neither a read-only mount nor
 * {@code chattr +i} produce). When the tests already run as an ordinary user the child runs as that user; as root
 * it runs as {@code nobody} through {@code runuser}. Where neither is possible the test is skipped with the reason.
 * Folders the child must reach are made world-readable by the caller ({@link #sharedTempDir()} gives one).
 */
public final class OtherUser implements AutoCloseable {
    private final boolean root;
    private final Path classpathCopy;
    private final String classpath;

    private OtherUser(boolean root, Path classpathCopy, String classpath) {
        this.root = root;
        this.classpathCopy = classpathCopy;
        this.classpath = classpath;
    }

    public static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** A child runner for {@code classes} (their jars or folders form the classpath). */
    public static OtherUser forClasses(Class<?>... classes) throws IOException {
        boolean root = runningAsRoot();
        if (root) {
            Assumptions.assumeTrue(works("runuser", "-u", "nobody", "--", "true"), "running as root and no "
                    + "runuser or no user 'nobody' here, so no process that file permissions bind can be started");
        }
        Path copy = Files.createTempDirectory("k2-other-user-");
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> entries = new ArrayList<>();
        for (Class<?> c : classes) {
            Path location;
            try {
                location = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
            String entry;
            if (Files.isDirectory(location)) {
                entry = readableByAll(location) ? location.toString() : copyTree(location, copy).toString();
            } else {
                Path jar = copy.resolve(location.getFileName());
                Files.copy(location, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
                entry = jar.toString();
            }
            if (!entries.contains(entry)) {
                entries.add(entry);
            }
        }
        return new OtherUser(root, copy, String.join(java.io.File.pathSeparator, entries));
    }

    /** A temporary folder every user can enter and read (JUnit's own are private to the user running the tests). */
    public static Path sharedTempDir() throws IOException {
        Path dir = Files.createTempDirectory("k2-shared-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir;
    }

    /** Runs {@code mainClass} with {@code args} as the other user and returns what it printed (stdout and stderr). */
    public String run(Class<?> mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Duser.language=en", "-Duser.country=US", "-cp", classpath, mainClass.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("the child did not end: " + command);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Whether a command runs and exits 0 within ten seconds. */
    static boolean works(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean readableByAll(Path dir) {
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            try {
                if (!PosixFilePermissions.toString(Files.getPosixFilePermissions(p)).endsWith("r-x")) {
                    return false;
                }
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }

    private static Path copyTree(Path from, Path into) throws IOException {
        Path target = into.resolve("classes-" + Math.abs(from.hashCode()));
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path t = target.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        try (Stream<Path> all = Files.walk(target)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x"
                        : "rw-r--r--"));
            }
        }
        return target;
    }

    /** Deletes a folder made by {@link #sharedTempDir()}, giving its folders write permission back first. */
    public static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isDirectory(p)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public void close() throws IOException {
        deleteTree(classpathCopy);
    }
}
