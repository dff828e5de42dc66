package k2explorer.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import k2explorer.catalog.Amount;
import k2explorer.catalog.AmountRange;
import k2explorer.catalog.AmountRounding;
import k2explorer.catalog.KForm;
import k2explorer.catalog.ShownState;
import k2explorer.coverage.Reach;
import k2explorer.i18n.Messages;
import k2explorer.i18n.Numbers;

/**
 * How amounts read on screen, the same everywhere (table, detail, compare, plans, print): locale digits, one rounding
 * rule shared with the files ({@link AmountRounding#shown}), spreads as "low–high", and the six states of
 * {@link ShownState} kept apart — "12.3" measured, "0" measured zero, "0*" assumed zero, "n.d." not detected, "< 0.8"
 * below a bound, "—" not measured — plus "n/a" where a basis does not apply to a food (no portion, no energy value).
 */
public final class AmountFormat {
    /** Shown wherever a value was not measured. Never "0". */
    public static final String NOT_MEASURED = "—";
    /** A no-break space: a number and its unit (or its "≥") stay on one line. */
    public static final String NO_BREAK = "\u00A0";
    private static final String AT_LEAST = "≥ ";
    private static final String AT_MOST = "≤ ";
    /**
     * A spread's dash, as layouts need it: a narrow no-break space before the dash and a thin (breaking) space after
     * it let "47.5 – 64.7" break after the dash and nowhere else.
     */
    private static final String SPREAD_DASH = "\u202F–\u2009";

    private static final ThreadLocal<LocaleFormat> NUMBER_FORMAT = new ThreadLocal<>();

    private AmountFormat() {
    }

    /** Where a basis cannot apply to a food (no household portion, no energy value): not the "not measured" dash. */
    public static String notApplicable() {
        return Messages.get("amount.notApplicable");
    }

    public static String format(double value) {
        return format(value, false);
    }

    private static String format(double value, boolean spreadEnd) {
        BigDecimal shown = AmountRounding.shown(value, spreadEnd);
        NumberFormat f = numberFormat();
        f.setMaximumFractionDigits(Math.max(0, shown.scale()));
        f.setMinimumFractionDigits(0);
        return f.format(shown);
    }

    /**
     * The locale's number format, made once per thread and locale: a table fill formats a value for every cell it
     * shows, and making the format parses the locale's pattern each time.
     */
    private static NumberFormat numberFormat() {
        Locale locale = Numbers.locale();
        LocaleFormat kept = NUMBER_FORMAT.get();
        if (kept == null || !kept.locale().equals(locale)) {
            kept = new LocaleFormat(locale, NumberFormat.getNumberInstance(locale));
            NUMBER_FORMAT.set(kept);
        }
        return kept.format();
    }

    private record LocaleFormat(Locale locale, NumberFormat format) {
    }

    /** A spread as "low–high"; its ends from 100 up lose their decimal, so a spread fits a table column. */
    public static String format(AmountRange range) {
        return range.isSpread() ? format(range.low(), true) + "–" + format(range.high(), true) : format(range.low());
    }

    /** One value or a sum in its state. */
    public static String format(Amount amount) {
        return text(Optional.of(amount));
    }

    /** A value in one of the six states: the one place screen text is chosen for them. */
    public static String text(Optional<Amount> amount) {
        return switch (ShownState.of(amount)) {
            case MEASURED -> format(amount.orElseThrow().range());
            case MEASURED_ZERO -> format(0);
            case ASSUMED_ZERO -> Messages.get("amount.assumedZero", format(0));
            case NOT_DETECTED -> Messages.get("amount.notDetected");
            case BELOW_BOUND -> "< " + format(amount.orElseThrow().high());
            case NOT_MEASURED -> NOT_MEASURED;
        };
    }

    /**
     * A partial sum is a lower bound of the true total: "≥ 939". When what was measured is all zero or below a bound,
     * the most that can be said is "≥ 0".
     */
    public static String format(Amount amount, boolean partial) {
        if (!partial) {
            return format(amount);
        }
        return AT_LEAST + switch (amount.state()) {
            case MEASURED -> format(amount.range());
            case ASSUMED_ZERO -> format(amount);
            case MEASURED_ZERO, NOT_DETECTED, BELOW_BOUND -> format(0);
        };
    }

    /**
     * Grams or servings to reach a target: "10", "≤ 120" (partial sums need at most that much), "> 1,500", "never",
     * "none (assumed)", "none in the forms measured".
     */
    public static String format(Reach reach, boolean partial) {
        return switch (reach.kind()) {
            case NEVER -> Messages.get("amount.never");
            case ASSUMED_ZERO -> Messages.get("amount.assumedNone");
            case NONE_IN_FORMS_MEASURED -> Messages.get("amount.noneInFormsMeasured");
            case AT_LEAST -> "> " + format(reach.grams().low());
            case REACHES -> (partial ? AT_MOST : "") + format(reach.grams());
        };
    }

    /** An amount with its unit, never split between lines: "12.3 µg", "250 g". */
    public static String withUnit(String number, String unit) {
        return number + NO_BREAK + unit;
    }

    /**
     * Text ready for a wrapping label: it may break after a spread's dash and at the spaces between words, never
     * inside a number, between a number and its unit, or after "≥", "≤", "<" and ">".
     */
    public static String wrappable(String text) {
        return text.replace("–", SPREAD_DASH).replace("≥ ", "≥" + NO_BREAK).replace("≤ ", "≤" + NO_BREAK)
                .replace("< ", "<" + NO_BREAK).replace("> ", ">" + NO_BREAK).replace(" µg", NO_BREAK + "µg")
                .replace(" g", NO_BREAK + "g").replace(" %", NO_BREAK + "%");
    }

    /** The forms a figure left out, compactly: "MK-5 … MK-13", "dihydro-K1, MK-4 … MK-13". */
    public static String forms(Set<KForm> forms) {
        StringBuilder out = new StringBuilder();
        KForm[] all = KForm.values();
        int i = 0;
        while (i < all.length) {
            if (!forms.contains(all[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < all.length && forms.contains(all[j + 1]) && all[j + 1].isMenaquinone()
                    && all[i].isMenaquinone()) {
                j++;
            }
            out.append(out.length() == 0 ? "" : ", ").append(EnumLabels.of(all[i]));
            if (j >= i + 2) {
                out.append(" … ").append(EnumLabels.of(all[j]));
            } else if (j == i + 1) {
                out.append(", ").append(EnumLabels.of(all[j]));
            }
            i = j + 1;
        }
        return out.toString();
    }

    /** What a state means, for a tooltip next to the value. */
    public static String explain(Amount amount) {
        return EnumLabels.of(amount.state()) + (amount.calculated() ? " · " + Messages.get("amount.calculated") : "");
    }

    /** The forms a figure counts, for tooltips: "K1 + dihydro-K1". */
    public static String included(Set<KForm> forms) {
        return forms.stream().sorted().map(EnumLabels::of).collect(Collectors.joining(" + "));
    }
}
