package k2explorer.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The vitamin K forms (vitamers) a catalog value can be about. */
public enum KForm {
    K1("K1", "phylloquinone"),
    DIHYDRO_K1("dihydro-K1", "dihydrophylloquinone"),
    MK4("MK-4", "menaquinone-4"),
    MK5("MK-5", "menaquinone-5"),
    MK6("MK-6", "menaquinone-6"),
    MK7("MK-7", "menaquinone-7"),
    MK8("MK-8", "menaquinone-8"),
    MK9("MK-9", "menaquinone-9"),
    MK10("MK-10", "menaquinone-10"),
    MK11("MK-11", "menaquinone-11"),
    MK12("MK-12", "menaquinone-12"),
    MK13("MK-13", "menaquinone-13");

    private final String label;
    private final String chemicalName;

    KForm(String label, String chemicalName) {
        this.label = label;
        this.chemicalName = chemicalName;
    }

    public String label() {
        return label;
    }

    public String chemicalName() {
        return chemicalName;
    }

    /** Menaquinones are vitamin K2; phylloquinone and its dihydro form are K1-family. */
    public boolean isMenaquinone() {
        return name().startsWith("MK");
    }

    /** Menaquinones that have no column of their own in the Foods table. */
    public boolean isOtherMenaquinone() {
        return isMenaquinone() && this != MK4 && this != MK7;
    }

    /** Accepts the labels used in the data files ("MK-7", "K1", "dihydro-K1"), ignoring case. */
    public static Optional<KForm> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.label.toLowerCase(Locale.ROOT).equals(wanted)
                        || f.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
