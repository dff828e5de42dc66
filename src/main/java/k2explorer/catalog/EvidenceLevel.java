package k2explorer.catalog;

import java.util.Locale;
import java.util.Optional;

/** How directly a value was read from its source; shown next to every value. */
public enum EvidenceLevel {
    NUTRIENT_DATABASE("Food composition database (USDA analytical data)"),
    PRIMARY_ABSTRACT("Primary study; number read in its abstract"),
    SECONDARY_COMPILATION("Value from a secondary source (a compilation), use with caution"),
    USER_ENTERED("Entered by you, from the source you named");

    private final String description;

    EvidenceLevel(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isSecondary() {
        return this == SECONDARY_COMPILATION;
    }

    public static Optional<EvidenceLevel> parse(String text) {
        return Enums.byCode(EvidenceLevel.class, text);
    }
}
