package k2explorer.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.Stream;
import k2explorer.EachLocale;
import k2explorer.TestLocale;
import k2explorer.UsLocale;
import k2explorer.ui.common.AmountFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The number policy: typed numbers are read for the user's locale and anything that could mean two amounts is
 * refused; what the screen shows reads back as the same value; files use one locale-independent form.
 */
@ExtendWith(UsLocale.class)
class NumbersTest {
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
        assertEquals(OptionalDouble.of(expected), Numbers.typed(text, "MK-7", Locale.forLanguageTag(locale))
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
        TypedNumber read = Numbers.typed(text, "Portion grams", Locale.forLanguageTag(locale));
        String problem = read.problem().orElseThrow();
        assertTrue(problem.startsWith("Portion grams: \"" + text + "\" can be read two ways."), problem);
    }

    @Test
    void aCopiedShownAmountIsReadBackAsTheSameAmount() {
        String shown = String.format(Locale.US, "%,.0f", 1765.0);
        assertEquals(OptionalDouble.of(1765), Numbers.typed(shown, "MK-7", Locale.US).value());
        String shownInFrance = String.format(FRANCE, "%,.1f", 1765.5);
        assertEquals(OptionalDouble.of(1765.5), Numbers.typed(shownInFrance, "MK-7", FRANCE).value());
    }

    @ParameterizedTest
    @CsvSource({"abc", "NaN", "1e3", "Infinity", "12 µg", "0x10", "12d", "g", "12 kg"})
    void wordsAndExponentsAreNotNumbers(String text) {
        assertEquals("Amount: \"" + text + "\" is not a number.",
                Numbers.typed(text, "Amount", Locale.US).problem().orElseThrow());
    }

    @Test
    void blankIsNeitherANumberNorAProblem() {
        assertTrue(Numbers.typed("  ", "MK-7", Locale.US).isBlank());
        assertTrue(Numbers.typed(null, "MK-7", Locale.US).problem().isEmpty());
    }

    @Test
    void theExampleInTheMessageIsWrittenTheLocalesWay() {
        String problem = Numbers.typed("0.5", "MK-7", Locale.GERMANY).problem().orElseThrow();
        assertTrue(problem.contains("Use \",\" for decimals") && problem.contains("1.234,5"), problem);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en-US | 150g   | 150
            en-US | 150 g  | 150
            en-US | 1,500 G | 1500
            de-DE | 12,5 g | 12.5
            """)
    void aTrailingUnitThatMatchesTheFieldIsAccepted(String locale, String text, double expected) {
        assertEquals(OptionalDouble.of(expected), Numbers.typed(text, "Portion grams", Locale.forLanguageTag(locale),
                List.of("g")).value());
        assertTrue(Numbers.typed(text, "Portion grams", Locale.forLanguageTag(locale), List.of("µg")).problem()
                .isPresent(), "a unit the field is not in is refused");
    }

    static Stream<Double> values() {
        Random random = new Random(25);
        Stream<Double> fixed = Stream.of(0.0, 0.125, 0.5, 0.05, 1.0, 9.24, 12.5, 704.8, 999.95, 1000.0, 1765.5,
                12345.678, 99999.9, 1_000_000.0, -3.5);
        Stream<Double> randomOnes = random.doubles(300, 0, 200_000).boxed();
        return Stream.concat(fixed, randomOnes);
    }

    @EachLocale
    void everyNumberShownOnScreenReadsBackAsTheSameValue(Locale locale) {
        values().forEach(v -> {
            for (int digits = 0; digits <= 3; digits++) {
                String shown = Numbers.shown(v, digits);
                double expected = new BigDecimal(v).setScale(digits, RoundingMode.HALF_UP).doubleValue();
                assertEquals(OptionalDouble.of(expected), Numbers.typed(shown, "Amount").value(),
                        locale + ": " + v + " shown as \"" + shown + "\" with " + digits + " digits");
            }
            String amount = AmountFormat.format(v);
            assertTrue(Numbers.typed(amount, "Amount").value().isPresent(), locale + ": " + amount);
            String exact = Numbers.exact(v);
            assertEquals(OptionalDouble.of(v), Numbers.typed(exact, "Amount").value(),
                    locale + ": a stored " + v + " put in a field as \"" + exact + "\" reads back exactly");
        });
    }

    @Test
    void fieldsAreFilledTheLocalesWayWithEveryDigit() {
        TestLocale.in(Locale.GERMANY, () -> assertEquals("0,125", Numbers.exact(0.125)));
        TestLocale.in(Locale.FRANCE, () -> assertEquals("12345,678", Numbers.exact(12345.678)));
        TestLocale.in(Locale.US, () -> assertEquals("0.125", Numbers.exact(0.125)));
        TestLocale.in(Locale.GERMANY, () -> assertEquals("1.765,5", Numbers.shown(1765.5, 1)));
    }

    @EachLocale
    void theFileFormIsTheSameInEveryLocaleAndReadsBack(Locale locale) {
        assertEquals("1765.5", Numbers.file(1765.5));
        assertEquals("0.13", Numbers.file(0.125, 2));
        values().forEach(v -> assertEquals(v, Numbers.fromFile(Numbers.file(v))));
    }

    @ParameterizedTest
    @CsvSource({"1e3", "12d", "0x1p3", "'1,5'", "'1.000,5'", "NaN", "Infinity", "' '", "1 000", "--4", "."})
    void theFileFormRefusesEverythingElse(String text) {
        assertNull(Numbers.fromFile(text), text);
    }

    @Test
    void semicolonSpreadsheetsMayUseADecimalComma() {
        assertEquals(12.5, Numbers.fromFile("12,5", ';'));
        assertNull(Numbers.fromFile("12,5", ','));
        assertNull(Numbers.fromFile("1e3", ';'));
    }
}
