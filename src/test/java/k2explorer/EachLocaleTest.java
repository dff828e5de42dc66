package k2explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link EachLocale} runs a test in each locale, set before the test instance is made, and restores the default. */
class EachLocaleTest {
    private static final List<Locale> RUN_IN = new ArrayList<>();
    private static Locale before;

    private final Locale madeIn = Locale.getDefault();

    @BeforeAll
    static void remember() {
        before = Locale.getDefault();
    }

    @EachLocale
    void theLocaleIsSetFromTheStart(Locale locale) {
        assertEquals(locale, madeIn, "fields are made in the run's locale");
        assertEquals(locale, Locale.getDefault());
        RUN_IN.add(locale);
    }

    @AfterAll
    static void everyLocaleRanAndTheDefaultIsBack() {
        assertEquals(List.of(Locale.US, Locale.GERMANY, Locale.FRANCE), RUN_IN);
        assertEquals(before, Locale.getDefault());
    }
}
