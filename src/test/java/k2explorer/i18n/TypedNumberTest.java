package k2explorer.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.OptionalDouble;
import k2explorer.UsLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Typed numbers are read for the user's locale, and anything that could mean two amounts is refused. */
@ExtendWith(UsLocale.class)
class TypedNumberTest {
    private static final Locale FRANCE = Locale.FRANCE;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en-US | 1,765     | 1765
            en-US | 1,000     | 1000
            en-US | 12,345.5  | 12345.5
            en-US | 0.5       | 0.5
            en-US | .5        | 0.5
            en-US | -3        | -3
            en-US | ' 45 '    | 45
            de-DE | 870,5     | 870.5
            de-DE | 1.000     | 1000
            de-DE | 1.234,5   | 1234.5
            fr-FR | 1 234,5   | 1234.5
            """)
    void readsTheLocalesOwnFormat(String locale, String text, double expected) {
        assertEquals(OptionalDouble.of(expected), TypedNumber.read(text, "MK-7", Locale.forLanguageTag(locale))
                .value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en-US | 1,5
            en-US | 12,34
            en-US | 1,0000
            en-US | 1.2.3
            de-DE | 0.5
            de-DE | 1.5
            """)
    void refusesWhatCouldBeReadTwoWaysNamingTheField(String locale, String text) {
        TypedNumber read = TypedNumber.read(text, "Portion grams", Locale.forLanguageTag(locale));
        String problem = read.problem().orElseThrow();
        assertTrue(problem.startsWith("Portion grams: \"" + text + "\" can be read two ways."), problem);
    }

    @Test
    void aCopiedShownAmountIsReadBackAsTheSameAmount() {
        String shown = String.format(Locale.US, "%,.0f", 1765.0);
        assertEquals(OptionalDouble.of(1765), TypedNumber.read(shown, "MK-7", Locale.US).value());
        String shownInFrance = String.format(FRANCE, "%,.1f", 1765.5);
        assertEquals(OptionalDouble.of(1765.5), TypedNumber.read(shownInFrance, "MK-7", FRANCE).value());
    }

    @ParameterizedTest
    @CsvSource({"abc", "NaN", "1e3", "Infinity", "12 µg", "0x10"})
    void wordsAndExponentsAreNotNumbers(String text) {
        assertEquals("Amount: \"" + text + "\" is not a number.",
                TypedNumber.read(text, "Amount", Locale.US).problem().orElseThrow());
    }

    @Test
    void blankIsNeitherANumberNorAProblem() {
        assertTrue(TypedNumber.read("  ", "MK-7", Locale.US).isBlank());
        assertTrue(TypedNumber.read(null, "MK-7", Locale.US).problem().isEmpty());
    }

    @Test
    void theExampleInTheMessageIsWrittenTheLocalesWay() {
        String problem = TypedNumber.read("0.5", "MK-7", Locale.GERMANY).problem().orElseThrow();
        assertTrue(problem.contains("Use \",\" for decimals") && problem.contains("1.234,5"), problem);
    }
}
