package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * JavaFX loads app.bss, the binary form of app.css that the build writes beside it, instead of parsing app.css on the
 * FX thread: it must say what app.css says (a stale or missing one would style the window by an old sheet).
 */
class BinaryStylesheetTest {
    static List<String> rules(Stylesheet sheet) {
        return sheet.getRules().stream().map(BinaryStylesheetTest::rule).toList();
    }

    /** A rule's selectors and declarations: a binary sheet's rule decodes them when first asked. */
    static String rule(Rule r) {
        return r.getSelectors() + " " + r.getDeclarations().stream()
                .map(d -> d.getProperty() + ": " + d.getParsedValue() + (d.isImportant() ? " !important" : ""))
                .toList();
    }

    @Test
    void theBinaryStylesheetHoldsEveryRuleOfTheAppStylesheet() throws Exception {
        URL css = Themes.class.getResource("/k2explorer/css/app.css");
        URL bss = Themes.class.getResource("/k2explorer/css/app.bss");
        assertNotNull(css);
        assertNotNull(bss, "app.bss not built beside app.css (pom.xml, execution binary-css)");
        assertEquals(css.toExternalForm().replace(".css", ".bss"), bss.toExternalForm(),
                "JavaFX looks for the .bss beside the .css it is given");
        List<String> parsed = rules(new CssParser().parse(css));
        assertTrue(parsed.size() > 50, "rules in app.css: " + parsed.size());
        assertEquals(parsed, rules(Stylesheet.loadBinary(bss)));
    }
}
