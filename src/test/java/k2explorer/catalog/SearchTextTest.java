package k2explorer.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.catalog.store.CatalogStore;
import org.junit.jupiter.api.io.TempDir;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * A query word begins a word of an ASCII text read as it is exactly when the text's key holds it: any ASCII text,
     * words that begin its words, sit inside them, run across punctuation, differ in case, or are not in it at all.
     */
    @Test
    void aWordIsFoundInAsciiTextAsInItsKey() {
        Random random = new Random(31);
        String alphabet = "abcAB0129 ,-().%/'\t";
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(30); j > 0; j--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String key = SearchText.normalise(text);
            List<String> words = new ArrayList<>(List.of("a", "ab", "b0", "12", "ca", "abc", "zz"));
            for (String w : key.trim().split(" ")) {
                if (!w.isEmpty()) {
                    words.add(w);
                    words.add(w.substring(random.nextInt(w.length())));
                    words.add(w.substring(0, 1 + random.nextInt(w.length())));
                }
            }
            for (String word : words) {
                boolean expected = key.contains(" " + word);
                assertEquals(expected, SearchText.beginsAWordOfAscii(text.toString(), word),
                        "\"" + text + "\" " + word);
                found += expected ? 1 : 0;
            }
        }
        assertTrue(found > 10_000, "words found: " + found);
        SearchText.Query query = SearchText.Query.of("Ched usda");
        assertTrue(query.matchesAscii("Cheese, cheddar", "", " usda sr28 dairy "));
        assertTrue(query.matchesAscii("Cheese", "Cheddar-style", " usda "));
        assertTrue(!query.matchesAscii("Cheese, cheddar", "", " dairy "));
        assertTrue(!query.matchesAscii("Cheese, mcheddar", "", " usda "));
    }

    @Test
    void textWithOtherCharactersTakesTheGeneralPath() {
        assertNull(SearchText.normaliseAscii("Crème brûlée"));
        assertEquals(" creme brulee ", SearchText.normalise("Crème  Brûlée!"));
        assertEquals(" natto mk 7 ", SearchText.normalise("(Natto) — MK-7"));
    }
}
