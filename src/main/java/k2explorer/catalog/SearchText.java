package k2explorer.catalog;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Search keys that ignore case, accents and word order ("Crème brûlée" matches "brulee creme"). */
public final class SearchText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    /** Lower case, accents removed, punctuation turned into single spaces, padded with spaces at both ends. */
    public static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return " " + NOT_WORD.matcher(plain).replaceAll(" ").trim() + " ";
    }

    /** The words of a query, normalised; empty when the query is blank. */
    public static List<String> words(String query) {
        String normalised = normalise(query).trim();
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
    }

    /** A query compiled once per keystroke, then matched against many keys without allocating. */
    public record Query(String text, List<String> words, String[] needles) {

        public static Query of(String text) {
            List<String> words = SearchText.words(text == null ? "" : text);
            return new Query(text == null ? "" : text, words, words.stream().map(w -> " " + w).toArray(String[]::new));
        }

        public boolean isEmpty() {
            return needles.length == 0;
        }

        public boolean matches(String normalisedKey) {
            for (String needle : needles) {
                if (!normalisedKey.contains(needle)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * True when every food this query matches is also matched by {@code broader}: each word of the broader
         * query begins the word at the same place here ("kal" → "kale", "kale" → "kale r").
         */
        public boolean narrows(Query broader) {
            if (broader.words.size() > words.size()) {
                return false;
            }
            for (int i = 0; i < broader.words.size(); i++) {
                if (!words.get(i).startsWith(broader.words.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
