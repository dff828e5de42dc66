package k2explorer.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.css.CompoundSelector;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.SimpleSelector;
import javafx.css.Stylesheet;

/**
 * Writes the app's light and dark theme: AtlantaFX's Primer light and dark style sheets (from the atlantafx-base jar)
 * without the rules for controls the app never shows, as CSS and in JavaFX's binary form beside it (which JavaFX
 * loads instead), so a start decodes and matches a third as many rules (docs/performance.md, "theme branch").
 * Which style classes no node of the app carries is data: src/buildtools/theme-unused-classes.txt (ThemeTrimUiTest
 * opens every view, dialog and popup and fails if one of them is shown after all). A selector that needs one of those
 * classes can never match, so it is left out of its rule, and a rule left without selectors is left out; everything
 * else (every looked-up colour of .root included) is kept as written, in its order.
 */
public final class TrimmedTheme {
    /** The themes: AtlantaFX's sheet in its jar, and the name the app's trimmed sheet gets. */
    public static final List<String[]> THEMES = List.of(
            new String[] {"/atlantafx/base/theme/primer-light.css", "primer-light.css"},
            new String[] {"/atlantafx/base/theme/primer-dark.css", "primer-dark.css"});

    private TrimmedTheme() {
    }

    /** {@code args[0]}: the list of unused style classes; {@code args[1]}: the folder the sheets are written to. */
    public static void main(String[] args) throws IOException {
        Set<String> unused = unusedClasses(Path.of(args[0]));
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        for (String[] theme : THEMES) {
            Path css = dir.resolve(theme[1]);
            Path bss = dir.resolve(theme[1].replace(".css", ".bss"));
            String trimmed = trim(original(theme[0]), unused);
            if (!Files.exists(css) || !Files.readString(css).equals(trimmed) || !Files.exists(bss)) {
                Files.writeString(css, trimmed);
                Stylesheet.convertToBinary(css.toFile(), bss.toFile());
            }
        }
    }

    /** The style classes of the list: one a line; "#" starts a comment. */
    public static Set<String> unusedClasses(Path list) throws IOException {
        Set<String> classes = new TreeSet<>();
        for (String line : Files.readAllLines(list)) {
            String name = line.replaceAll("#.*", "").strip();
            if (!name.isEmpty()) {
                classes.add(name);
            }
        }
        return classes;
    }

    /** AtlantaFX's style sheet, e.g. "/atlantafx/base/theme/primer-light.css", as the jar holds it. */
    public static String original(String resource) {
        try (InputStream in = TrimmedTheme.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not on the class path (atlantafx-base)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code css} without the selectors that need one of {@code unused}, and without rules left empty of them. */
    public static String trim(String css, Set<String> unused) {
        StringBuilder out = new StringBuilder();
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        int at = 0;
        while (true) {
            int open = text.indexOf('{', at);
            if (open < 0) {
                if (!text.substring(at).isBlank()) {
                    throw new IllegalArgumentException("text after the last rule: " + text.substring(at).strip());
                }
                return out.toString();
            }
            int close = closingBrace(text, open);
            String prelude = text.substring(at, open).strip();
            String body = text.substring(open, close + 1);
            List<String> kept = new ArrayList<>();
            for (String selector : prelude.split(",")) {
                String s = selector.strip();
                if (s.startsWith("@") || !needsAny(s, unused)) {
                    kept.add(s);
                }
            }
            if (!kept.isEmpty()) {
                out.append(String.join(",\n", kept)).append(' ').append(body).append('\n');
            }
            at = close + 1;
        }
    }

    /** The brace that closes the one at {@code open}, skipping quoted text (data: URLs). */
    private static int closingBrace(String text, int open) {
        char quote = 0;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{') {
                throw new IllegalArgumentException("nested block at " + i);
            } else if (c == '}') {
                return i;
            }
        }
        throw new IllegalArgumentException("rule at " + open + " is not closed");
    }

    /** True when some part of {@code selector} (itself or an ancestor it names) must carry one of {@code classes}. */
    static boolean needsAny(String selector, Set<String> classes) {
        // parsed as JavaFX parses a sheet: Selector.createSelector reads ".button:default.flat" without .flat
        List<Rule> rules = new CssParser().parse(selector + " {}").getRules();
        if (rules.size() != 1 || rules.get(0).getSelectors().size() != 1) {
            throw new IllegalArgumentException("not a selector: " + selector);
        }
        Selector parsed = rules.get(0).getSelectors().get(0);
        List<SimpleSelector> parts = parsed instanceof CompoundSelector compound ? compound.getSelectors()
                : List.of((SimpleSelector) parsed);
        return parts.stream().flatMap(p -> p.getStyleClasses().stream()).anyMatch(classes::contains);
    }

    /** The number of rules of a style sheet's text, as JavaFX parses it. */
    public static int rules(String css) {
        return new CssParser().parse(css).getRules().size();
    }
}
