package k2explorer.catalog;

import java.util.Locale;
import java.util.Optional;
import k2explorer.i18n.Messages;

/** How a reported number relates to the samples behind it. */
public enum ValueKind {
    MEAN,
    SINGLE,
    RANGE_LOW,
    RANGE_HIGH;

    public String description() {
        return Messages.label(this);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ValueKind> parse(String text) {
        return Enums.byCode(ValueKind.class, text);
    }
}
