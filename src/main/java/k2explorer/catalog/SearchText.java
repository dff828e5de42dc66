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

    /** True when every character of the text is ASCII (so {@link #normalise} makes its key in one pass). */
    public static boolean isAscii(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word of a query begins a word of an ASCII text, as {@code normalise(text).contains(" " + word)} says,
     * without making the key: a word of the text is a run of letters and digits, matched ignoring case.
     */
    static boolean beginsAWordOfAscii(String text, String word) {
        // Jumps from one place of the word's first letter (either case) to the next, as String.indexOf finds them.
        char first = word.charAt(0);
        char upper = first >= 'a' && first <= 'z' ? (char) (first - ('a' - 'A')) : first;
        int last = text.length() - word.length();
        int lower = text.indexOf(first);
        int capital = upper == first ? -1 : text.indexOf(upper);
        while (lower >= 0 || capital >= 0) {
            boolean atLower = capital < 0 || lower >= 0 && lower < capital;
            int p = atLower ? lower : capital;
            if (p > last) {
                return false;
            }
            if ((p == 0 || !isLetterOrDigit(text.charAt(p - 1))) && restMatches(text, p, word)) {
                return true;
            }
            if (atLower) {
                lower = text.indexOf(first, p + 1);
            } else {
                capital = text.indexOf(upper, p + 1);
            }
        }
        return false;
    }

    private static boolean restMatches(String text, int at, String word) {
        for (int k = 1, m = word.length(); k < m; k++) {
            if (lower(text.charAt(at + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
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

        /**
         * {@link #matches(String)} for the key of two ASCII texts (see {@link #isAscii}) and more of the key, without
         * making the texts' key: each word begins a word of one of the texts, or is in the rest of the key.
         */
        public boolean matchesAscii(String text, String otherText, String moreOfTheKey) {
            for (int i = 0; i < needles.length; i++) {
                String word = words.get(i);
                if (!beginsAWordOfAscii(text, word) && !beginsAWordOfAscii(otherText, word)
                        && !moreOfTheKey.contains(needles[i])) {
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
