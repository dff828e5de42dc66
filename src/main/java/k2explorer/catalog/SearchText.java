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
    public static String normalise(CharSequence text) {
        // Most food names are plain ASCII: one pass and one string, instead of a decomposition and two regular
        // expressions (start-up normalises every row's search key; without this it allocated ~80 MB doing so).
        String ascii = normaliseAscii(text);
        return ascii != null ? ascii : normaliseUnicode(text.toString());
    }

    /** The same as {@link #normaliseUnicode} for text of ASCII characters alone; null for any other text. */
    static String normaliseAscii(CharSequence text) {
        int n = text.length();
        byte[] out = new byte[n + 2];
        int len = 0;
        out[len++] = ' ';
        boolean gap = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            boolean upper = c >= 'A' && c <= 'Z';
            if (upper || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && len > 1) {
                    out[len++] = ' ';
                }
                gap = false;
                out[len++] = (byte) (upper ? c + ('a' - 'A') : c);
            } else {
                gap = true;
            }
        }
        out[len++] = ' ';
        return new String(out, 0, len, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Any text: decomposed, marks removed, lower-cased, every run of other than letters and digits one space. */
    static String normaliseUnicode(String text) {
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

        /** {@link #matches(String)} for a key kept in two parts: each word in the one or the other. */
        public boolean matches(String normalisedKey, String moreOfTheKey) {
            for (String needle : needles) {
                if (!normalisedKey.contains(needle) && !moreOfTheKey.contains(needle)) {
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
