package k2explorer.app;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.FoodOrigin;
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
        Alert about = new Alert(Alert.AlertType.INFORMATION, dataText(catalog));
        about.setTitle(Messages.get("menu.help.aboutData"));
        about.setHeaderText(Messages.get("about.data.header"));
        about.getDialogPane().setId("aboutDataDialog");
        about.initOwner(owner);
        about.getDialogPane().setPrefWidth(560);
        about.show();
        return about;
    }

    /**
     * What the data is, with its counts from the catalog the Foods table shows (the user's own foods included), so the
     * dialog, the status bar and the table say the same numbers.
     */
    static String dataText(Catalog catalog) {
        Map<FoodOrigin, Long> byOrigin = new EnumMap<>(FoodOrigin.class);
        for (FoodOrigin o : FoodOrigin.values()) {
            byOrigin.put(o, 0L);
        }
        if (catalog != null) {
            catalog.foods().forEach(f -> byOrigin.merge(f.origin(), 1L, Long::sum));
        }
        long all = byOrigin.values().stream().mapToLong(Long::longValue).sum();
        return Messages.get("about.data.text", version(catalog), count(all), count(byOrigin.get(FoodOrigin.USDA)),
                count(byOrigin.get(FoodOrigin.COMPILED)), count(byOrigin.get(FoodOrigin.CIQUAL)),
                count(byOrigin.get(FoodOrigin.LITERATURE)), count(byOrigin.get(FoodOrigin.MY_FOOD)));
    }

    private static String count(long n) {
        return String.format("%,d", n);
    }

    /** The data version in words (which sources, which month); the hash of its files is bookkeeping. */
    private static String version(Catalog catalog) {
        return catalog == null ? Messages.get("about.loading") : catalog.version().label();
    }

    /** "1.0.0-SNAPSHOT" is a build tool's word: a person reads "1.0.0 (development build)". */
    static String versionInWords(String version) {
        String snapshot = "-SNAPSHOT";
        if (version.isBlank()) {
            return Messages.get("about.devBuild.unnumbered");
        }
        return version.endsWith(snapshot)
                ? Messages.get("about.devBuild", version.substring(0, version.length() - snapshot.length()))
                : version;
    }
}
