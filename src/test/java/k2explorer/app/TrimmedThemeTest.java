package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import k2explorer.packaging.TrimmedTheme;
import k2explorer.ui.appearance.Appearance;
import org.junit.jupiter.api.Test;

/**
 * The app's theme sheets are the ones the build writes (TrimmedTheme, pom.xml execution trimmed-theme) from AtlantaFX's
 * sheets and the list of unused style classes as they are now: none is stale or missing, each .bss says what its .css
 * says, the looked-up colours of .root are all kept, and the app loads them, light and dark.
 */
class TrimmedThemeTest {
    private static String text(URL url) throws Exception {
        try (var in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theBuiltThemeSheetsAreTheToolsOutputForTheListAsItIsNow() throws Exception {
        Set<String> unused = TrimmedTheme.unusedClasses(ThemeTrimUiTest.UNUSED);
        for (String[] theme : TrimmedTheme.THEMES) {
            URL css = Themes.class.getResource("/k2explorer/css/" + theme[1]);
            URL bss = Themes.class.getResource("/k2explorer/css/" + theme[1].replace(".css", ".bss"));
            assertNotNull(css, theme[1] + " not built (pom.xml, execution trimmed-theme)");
            assertNotNull(bss, theme[1] + " has no .bss beside it");
            String original = TrimmedTheme.original(theme[0]);
            assertEquals(TrimmedTheme.trim(original, unused), text(css), theme[1] + " is stale: run mvn process-classes");
            List<String> parsed = BinaryStylesheetTest.rules(new CssParser().parse(css));
            // a url() keeps the address of the sheet it was read from (the theme's images are data: URLs)
            assertEquals(parsed, BinaryStylesheetTest.rules(Stylesheet.loadBinary(bss)).stream()
                    .map(r -> r.replace(bss.toExternalForm(), css.toExternalForm())).toList(), theme[1] + " vs its .bss");
            int before = TrimmedTheme.rules(original);
            assertTrue(parsed.size() > 100 && parsed.size() < before * 2 / 3,
                    theme[1] + ": " + parsed.size() + " of " + before + " rules");
            assertEquals(root(new CssParser().parse(original)), root(new CssParser().parse(css)),
                    "every looked-up colour of .root is kept");
        }
        assertEquals(Themes.class.getResource("/k2explorer/css/primer-light.css").toExternalForm(),
                Appearance.themeStylesheet(false));
        assertEquals(Themes.class.getResource("/k2explorer/css/primer-dark.css").toExternalForm(),
                Appearance.themeStylesheet(true));
    }

    /** The rules that style .root alone. */
    private static List<String> root(Stylesheet sheet) {
        List<String> roots = sheet.getRules().stream()
                .filter(r -> r.getSelectors().stream().anyMatch(s -> s.toString().equals("*.root")))
                .map(BinaryStylesheetTest::rule).toList();
        assertTrue(!roots.isEmpty(), "no .root rule");
        return roots;
    }

    @Test
    void aSelectorNeedingAnUnusedClassIsLeftOutAndARuleWithoutSelectorsWithIt() {
        String css = """
                .root { -color-a: #fff; }
                .date-picker, .toggle-switch > .thumb { -fx-padding: 1; }
                .button:hover, .toggle-switch .button { -fx-text-fill: red; }
                .button:default.button-outlined { -fx-text-fill: blue; }
                .tree-view .label { -fx-background-image: url("data:image/png;base64,e30="); }
                /* a comment with { braces } */
                .label { -fx-font-size: 2em; }
                """;
        assertEquals("""
                .root { -color-a: #fff; }
                .date-picker { -fx-padding: 1; }
                .button:hover { -fx-text-fill: red; }
                .label { -fx-font-size: 2em; }
                """, TrimmedTheme.trim(css, Set.of("toggle-switch", "tree-view", "button-outlined")));
    }
}
