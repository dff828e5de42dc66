package k2explorer.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training start and the image benchmark run the same command as the image's native launcher. */
class AppImageLaunchTest {
    @TempDir
    Path image;

    @Test
    void readsClassPathOptionsAndMainClassInTheLaunchersOrder() throws IOException {
        writeConfig("""
                [Application]
                app.classpath=$APPDIR/app.jar
                app.mainclass=k2explorer.Launcher
                app.classpath=$APPDIR/lib-b.jar

                [JavaOptions]
                java-options=-Xms16m
                java-options=-XX:SharedArchiveFile=$APPDIR/k2-explorer.jsa
                java-options=-Xshare:auto
                """);
        AppImageLaunch launch = AppImageLaunch.of(image, "K2Explorer");
        Path app = image.resolve("lib").resolve("app");
        assertEquals(List.of(app.resolve("app.jar"), app.resolve("lib-b.jar")), launch.classPath());
        assertEquals("k2explorer.Launcher", launch.mainClass());
        assertEquals(List.of("-Xms16m", "-XX:SharedArchiveFile=" + app.resolve("k2-explorer.jsa"), "-Xshare:auto"),
                launch.jvmOptions());

        List<String> training = launch.withoutOptionsStartingWith("-XX:SharedArchiveFile", "-Xshare")
                .command(List.of("-Dx=1"), null);
        assertEquals(List.of(image.resolve("lib/runtime/bin/java").toString(), "-Xms16m", "-Dx=1", "-cp",
                app.resolve("app.jar") + java.io.File.pathSeparator + app.resolve("lib-b.jar"),
                "k2explorer.Launcher"), training);
    }

    @Test
    void aMissingOrEmptyConfigurationSaysWhereItLooked() throws IOException {
        IOException missing = assertThrows(IOException.class, () -> AppImageLaunch.of(image, "K2Explorer"));
        assertTrue(missing.getMessage().contains("K2Explorer.cfg"), missing.getMessage());
        writeConfig("[Application]\n");
        IOException empty = assertThrows(IOException.class, () -> AppImageLaunch.of(image, "K2Explorer"));
        assertTrue(empty.getMessage().contains("no main class"), empty.getMessage());
    }

    @Test
    void theTrainingStartWritesTheArchiveAndRendersHeadless() {
        Path archive = image.resolve("k2-explorer.jsa");
        List<String> options = ClassDataArchive.trainingOptions(archive, image.resolve("data"));
        assertTrue(options.contains("-XX:ArchiveClassesAtExit=" + archive), options.toString());
        assertTrue(options.contains("-Dglass.platform=Monocle"), options.toString());
    }

    private void writeConfig(String text) throws IOException {
        Path app = Files.createDirectories(image.resolve("lib").resolve("app"));
        Files.writeString(app.resolve("K2Explorer.cfg"), text);
    }

    @Test
    void theArchiveTrainingKeepsJavaFxNativeLibrariesInItsThrowAwayFolder() {
        Path data = Path.of("/tmp/k2-cds-training-1");
        List<String> options = ClassDataArchive.trainingOptions(Path.of("/opt/k2-explorer/lib/app/k2-explorer.jsa"), data);
        assertTrue(options.contains("-Dk2explorer.dataDir=" + data), options.toString());
        assertTrue(options.contains("-Djavafx.cachedir=" + data.resolve("javafx-cache")),
                "not ~/.openjfx of whoever installs (root): " + options);
    }
}
