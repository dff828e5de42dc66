package k2explorer.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.catalog.store.CatalogStore;
import org.junit.jupiter.api.io.TempDir;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    /** The one-pass ASCII path gives what the decomposition and regular expressions give, for any ASCII text. */
    @Test
    void theAsciiPathAgreesWithTheGeneralOneOnAnyAsciiText() {
        Random random = new Random(29);
        String[] fixed = {"", " ", "Natto", "Cheese, cheddar (USDA SR 2018); Kamao 2007", "  K2--MK-7 ", "A\tB\u0000c",
                "100% Whole-Wheat", "...", "x", "ÿ".substring(1)};
        for (String text : fixed) {
            assertEquals(SearchText.normaliseUnicode(text), SearchText.normaliseAscii(text), text);
        }
        for (int i = 0; i < 20_000; i++) {
            char[] chars = new char[random.nextInt(40)];
            for (int j = 0; j < chars.length; j++) {
                // Weighted towards letters, digits, spaces and punctuation; every ASCII character turns up.
                int pick = random.nextInt(4);
                chars[j] = pick == 0 ? (char) random.nextInt(128) : pick == 1 ? " ,;-()".charAt(random.nextInt(6))
                        : (char) ('A' + random.nextInt(58));
            }
            String text = new String(chars);
            assertEquals(SearchText.normaliseUnicode(text), SearchText.normaliseAscii(text), text);
        }
    }

    @Test
    void everyNameAndGroupOfTheBundledCatalogNormalisesAsTheGeneralPathDoes(@TempDir Path dir) {
        Catalog catalog = new CatalogStore(dir, BundledData.load()).open(ProgressListener.NONE).catalog();
        int ascii = 0;
        for (Food food : catalog.foods()) {
            for (String text : new String[] {food.name(), food.group(), food.otherNames()}) {
                if (text != null) {
                    assertEquals(SearchText.normaliseUnicode(text), SearchText.normalise(text), text);
                    ascii += SearchText.normaliseAscii(text) != null ? 1 : 0;
                }
            }
        }
        assertTrue(ascii > 10_000, "most names take the one-pass path: " + ascii);
    }

    @Test
    void textWithOtherCharactersTakesTheGeneralPath() {
        assertNull(SearchText.normaliseAscii("Crème brûlée"));
        assertEquals(" creme brulee ", SearchText.normalise("Crème  Brûlée!"));
        assertEquals(" natto mk 7 ", SearchText.normalise("(Natto) — MK-7"));
    }
}
