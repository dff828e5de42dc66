package k2explorer.ui;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import k2explorer.catalog.Catalog;
import k2explorer.i18n.Messages;

/** Help → About K2 Explorer and Help → About the data: version, data, licences, and the not-advice note. */
final class AboutDialogs {
    private AboutDialogs() {
    }

    static Alert showAbout(Window owner, Catalog catalog) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.setTitle(Messages.get("menu.help.about"));
        about.setHeaderText(Messages.get("about.header", versionInWords(AppVersion.get())));
        about.setContentText(Messages.get("about.text", version(catalog)));
        about.getDialogPane().setId("aboutDialog");
        about.getDialogPane().setPrefWidth(600);
        about.initOwner(owner);
        about.show();
        return about;
    }

    static Alert showAboutData(Window owner, Catalog catalog) {
        Alert about = new Alert(Alert.AlertType.INFORMATION, Messages.get("about.data.text", version(catalog)));
        about.setTitle(Messages.get("menu.help.aboutData"));
        about.setHeaderText(Messages.get("about.data.header"));
        about.getDialogPane().setId("aboutDataDialog");
        about.initOwner(owner);
        about.getDialogPane().setPrefWidth(560);
        about.show();
        return about;
    }

    /** The data version in words (which sources, which month); the hash of its files is bookkeeping. */
    private static String version(Catalog catalog) {
        return catalog == null ? Messages.get("about.loading") : catalog.version().label();
    }

    /** "1.0.0-SNAPSHOT" is a build tool's word: a person reads "1.0.0 (development build)". */
    static String versionInWords(String version) {
        String snapshot = "-SNAPSHOT";
        return version.endsWith(snapshot)
                ? Messages.get("about.devBuild", version.substring(0, version.length() - snapshot.length()))
                : version;
    }
}
