package k2explorer.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * Dates as people see them — one localized form on screen and in print — and the one ISO form ("2026-12-03") in
 * files. Typed dates are read in the shown form, or the locale's short form, or ISO.
 */
public final class Dates {
    /** How far from today a plan's date may be before it is questioned as a typing slip (year 20261). */
    public static final int PLAUSIBLE_YEARS = 5;

    private Dates() {
    }

    private static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    private static DateTimeFormatter medium() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale());
    }

    /** "Dec 3, 2026", "03.12.2026", "3 déc. 2026". */
    public static String shown(LocalDate date) {
        return date == null ? "" : medium().format(date);
    }

    /** With the weekday in front: "Thu Dec 3, 2026". */
    public static String withDay(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("EEE", locale()).format(date) + " " + shown(date);
    }

    /** A date as typed, or null when it is not one. */
    public static LocalDate typed(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        for (DateTimeFormatter f : List.of(medium(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale()),
                DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return null;
    }

    /** The file form ("2026-12-03"), written wherever a date goes into a file: plan CSV, the user data file. */
    public static String file(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    /** A date read back from its file form; throws {@link DateTimeParseException} for anything else. */
    public static LocalDate fromFile(String text) {
        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** Whether {@code date} is within {@link #PLAUSIBLE_YEARS} of {@code today}. */
    public static boolean plausible(LocalDate date, LocalDate today) {
        return date != null && !date.isBefore(today.minusYears(PLAUSIBLE_YEARS))
                && !date.isAfter(today.plusYears(PLAUSIBLE_YEARS));
    }
}
