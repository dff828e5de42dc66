package k2explorer.ui.studies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.OptionalDouble;
import k2explorer.EachLocale;
import k2explorer.TestLocale;
import k2explorer.i18n.Numbers;
import org.junit.jupiter.api.Test;

/** Study doses are written the locale's way and read back as the same dose. */
class StudyDoseTextTest {
    @EachLocale
    void aDoseReadsBackInEveryLocale(Locale locale) {
        for (double micrograms : new double[] {45, 180, 360.5, 1500, 45_000}) {
            String text = StudiesView.formatDose(micrograms);
            boolean mg = text.endsWith(" mg");
            OptionalDouble read = Numbers.typed(text.substring(0, text.length() - 3), "dose").value();
            assertEquals(OptionalDouble.of(mg ? micrograms / 1000 : micrograms), read, locale + ": " + text);
        }
    }

    @Test
    void germanDosesUseADecimalComma() {
        TestLocale.in(Locale.GERMANY, () -> {
            assertEquals("1,5 mg", StudiesView.formatDose(1500));
            assertEquals("45 mg", StudiesView.formatDose(45_000));
            assertEquals("360,5 µg", StudiesView.formatDose(360.5));
        });
    }
}
