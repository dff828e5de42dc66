package k2explorer.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Build step of the installers (mvn -Papp-image,installer package): turns the app image into the installer(s)
 * this OS makes with jpackage — a .deb (and a .rpm where rpmbuild exists) on Linux, an .msi on Windows (needs the
 * WiX Toolset 3 on the PATH), a .dmg on macOS — each with the same name, version, vendor, description, icon,
 * licence file and menu entry. The installed app lives in a folder only the administrator can write
 * ({@code /opt/k2-explorer}, {@code C:\Program Files\K2Explorer}, {@code /Applications}); it keeps everything it
 * writes in the user's data folder (see {@code AppDirectories}), which no installer, upgrade or removal touches.
 */
public final class Installer {
    /** The launcher's name, as in the app image (target/app-image/K2Explorer). */
    public static final String NAME = "K2Explorer";
    /** The Linux package name, and so the install folder {@code /opt/k2-explorer}. */
    public static final String PACKAGE = "k2-explorer";
    public static final String VENDOR = "K2 Explorer";
    public static final String DESCRIPTION = "Vitamin K2 (MK-4, MK-7 ...) and K1 in foods, with their sources";
    public static final String COPYRIGHT = "Copyright (C) the K2 Explorer authors";
    /** Debian wants an address; {@code .invalid} (RFC 2606) says plainly that none has been published yet. */
    public static final String MAINTAINER_EMAIL = "maintainer@k2-explorer.invalid";
    /** freedesktop.org main and additional categories of the menu entry. */
    public static final String LINUX_MENU_GROUP = "Education;Science;";
    /** Never change it: Windows Installer replaces an installed version only when this code matches. */
    public static final String WINDOWS_UPGRADE_UUID = "5f0b8a2e-4c1d-4e8b-9a57-2b6c3d9e1f40";
    public static final String MAC_IDENTIFIER = "k2explorer";

    /** The installer types jpackage makes, with the icon format each OS takes. */
    public enum Type {
        DEB("deb", "k2-explorer.png"), RPM("rpm", "k2-explorer.png"), MSI("msi", "k2-explorer.ico"),
        DMG("dmg", "k2-explorer.icns");

        final String jpackageType;
        final String icon;

        Type(String jpackageType, String icon) {
            this.jpackageType = jpackageType;
            this.icon = icon;
        }

        boolean linux() {
            return this == DEB || this == RPM;
        }
    }

    private Installer() {
    }

    /**
     * Arguments: the folder holding the app image (target/app-image), the folder for the installers, the version
     * (plain numbers, e.g. 1.0.0) and the packaging folder (src/main/packaging: icons, licence, Linux menu entry).
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: Installer <app image folder> <destination> <version> <packaging folder>");
        }
        String os = System.getProperty("os.name");
        Path image = appImage(Path.of(args[0]), os);
        if (!Files.isDirectory(image)) {
            throw new IOException("No app image at " + image + ": build the installers with mvn -Papp-image,installer package");
        }
        Path destination = Path.of(args[1]);
        Files.createDirectories(destination);
        try (var earlier = Files.list(destination)) {
            for (Path file : earlier.filter(f -> f.getFileName().toString().matches(".*\\.(deb|rpm|msi|dmg)")).toList()) {
                Files.delete(file);
            }
        }
        Path jpackage = Path.of(System.getProperty("java.home"), "bin",
                os.startsWith("Windows") ? "jpackage.exe" : "jpackage");
        for (Type type : typesFor(os, Installer::onPath)) {
            List<String> command = new ArrayList<>();
            command.add(jpackage.toString());
            command.addAll(arguments(type, image, destination, args[2], Path.of(args[3])));
            System.out.println("Installer (" + type.jpackageType + "): " + String.join(" ", command));
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IOException("jpackage --type " + type.jpackageType + " ended with " + exit);
            }
        }
        try (var made = Files.list(destination)) {
            made.forEach(file -> System.out.println("Installer: " + file));
        }
    }

    /** The image jpackage made for this OS: a folder, or on macOS an .app bundle. */
    static Path appImage(Path imageFolder, String os) {
        return imageFolder.resolve(isMac(os) ? NAME + ".app" : NAME);
    }

    /** Linux: a .deb, and a .rpm where rpmbuild is installed; Windows: an .msi; macOS: a .dmg. */
    public static List<Type> typesFor(String os, Predicate<String> onPath) {
        String name = os.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return List.of(Type.MSI);
        }
        if (isMac(os)) {
            return List.of(Type.DMG);
        }
        return onPath.test("rpmbuild") ? List.of(Type.DEB, Type.RPM) : List.of(Type.DEB);
    }

    /** jpackage's arguments (after the program) for one installer made from {@code image}. */
    public static List<String> arguments(Type type, Path image, Path destination, String version, Path packaging) {
        if (!version.matches("[1-9]\\d*(\\.\\d+){0,2}")) {
            throw new IllegalArgumentException("An installer version is one to three numbers, the first at least 1: " + version);
        }
        List<String> args = new ArrayList<>(List.of(
                "--type", type.jpackageType,
                "--app-image", image.toString(),
                "--name", NAME,
                "--app-version", version,
                "--vendor", VENDOR,
                "--description", DESCRIPTION,
                "--copyright", COPYRIGHT,
                "--license-file", packaging.resolve("LICENSE.txt").toString(),
                "--icon", packaging.resolve(type.icon).toString(),
                "--dest", destination.toString()));
        if (type.linux()) {
            args.addAll(List.of(
                    "--resource-dir", packaging.resolve("linux").toString(),
                    "--linux-package-name", PACKAGE,
                    "--linux-menu-group", LINUX_MENU_GROUP,
                    "--linux-shortcut",
                    "--linux-app-category", type == Type.DEB ? "science" : "Applications/Science"));
        }
        switch (type) {
            case DEB -> args.addAll(List.of("--linux-deb-maintainer", MAINTAINER_EMAIL));
            case MSI -> args.addAll(List.of(
                    "--win-upgrade-uuid", WINDOWS_UPGRADE_UUID,
                    "--win-menu", "--win-menu-group", VENDOR,
                    "--win-shortcut", "--win-dir-chooser"));
            case DMG -> args.addAll(List.of(
                    "--mac-package-name", VENDOR,
                    "--mac-package-identifier", MAC_IDENTIFIER));
            default -> { }
        }
        return args;
    }

    private static boolean isMac(String os) {
        return os.toLowerCase(Locale.ROOT).startsWith("mac");
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
