package k2explorer.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import k2explorer.EachLocale;
import k2explorer.TestLocale;
import org.junit.jupiter.api.Test;

/** One date form on screen and in print per locale, read back when typed; ISO in files. */
class DatesTest {
    @EachLocale
    void aShownDateReadsBack(Locale locale) {
        LocalDate date = LocalDate.of(2026, 12, 3);
        assertEquals(date, Dates.typed(Dates.shown(date)), Dates.shown(date));
        assertEquals(date, Dates.typed("2026-12-03"), "ISO is always understood");
        assertTrue(Dates.withDay(date).endsWith(Dates.shown(date)));
        assertEquals("2026-12-03", Dates.file(date));
        assertEquals(date, Dates.fromFile(Dates.file(date)), "the file form reads back in every locale");
        assertNull(Dates.typed("soon"));
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
