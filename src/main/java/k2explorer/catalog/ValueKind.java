package k2explorer.catalog;

import java.util.Locale;
import java.util.Optional;

/** How a reported number relates to the samples behind it. */
public enum ValueKind {
    MEAN("mean"),
    SINGLE("single value"),
    RANGE_LOW("low end of a range"),
    RANGE_HIGH("high end of a range");

    private final String description;

    ValueKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ValueKind> parse(String text) {
        return Enums.byCode(ValueKind.class, text);
    }
}
