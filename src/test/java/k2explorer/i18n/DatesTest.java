package k2explorer.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import k2explorer.TestLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One date form on screen and in print per locale, read back when typed; ISO in files. */
class DatesTest {
    static List<Locale> locales() {
        return List.of(Locale.US, Locale.GERMANY, Locale.FRANCE);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void aShownDateReadsBack(Locale locale) {
        TestLocale.in(locale, () -> {
            LocalDate date = LocalDate.of(2026, 12, 3);
            assertEquals(date, Dates.typed(Dates.shown(date)), Dates.shown(date));
            assertEquals(date, Dates.typed("2026-12-03"), "ISO is always understood");
            assertTrue(Dates.withDay(date).endsWith(Dates.shown(date)));
            assertEquals("2026-12-03", Dates.file(date));
            assertNull(Dates.typed("soon"));
        });
    }

    @Test
    void germanDatesAreWrittenTheGermanWay() {
        TestLocale.in(Locale.GERMANY, () -> assertEquals("03.12.2026", Dates.shown(LocalDate.of(2026, 12, 3))));
    }

    @Test
    void aYearTypedWithADigitTooManyIsNotPlausible() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        assertFalse(Dates.plausible(LocalDate.of(20261, 12, 3), today));
        assertTrue(Dates.plausible(LocalDate.of(2027, 1, 3), today));
    }
}
