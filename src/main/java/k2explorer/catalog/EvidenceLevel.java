package k2explorer.catalog;

import java.util.Locale;
import java.util.Optional;

/** How directly a value was read from its source; shown next to every value. */
public enum EvidenceLevel {
    NUTRIENT_DATABASE,
    PRIMARY_ABSTRACT,
    SECONDARY_COMPILATION,
    USER_ENTERED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EvidenceLevel> parse(String text) {
        return Enums.byCode(EvidenceLevel.class, text);
    }
}
