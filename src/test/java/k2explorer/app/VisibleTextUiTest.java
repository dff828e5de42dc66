package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import k2explorer.UsLocale;
import k2explorer.catalog.Portion;
import k2explorer.learn.LearnPanels;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.learn.MarkdownView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every text the interface itself shows (tabs, menus, buttons, labels, column headers, prompts, tooltips, the
 * choices of drop-down lists, and what table, list and tree cells show) comes from the resource bundle, alone or as a pattern filled with data; only data
 * (food names, sources, studies, claims, panels) and numbers may come from elsewhere.
 */
@ExtendWith(UsLocale.class)
class VisibleTextUiTest extends AppWindowTest {
    /**
     * Unit symbols are the same in every language. Spaces include the no-break and thin spaces table cells put
     * around "≥" and the dash of a spread.
     */
    private static final Pattern NUMBERS_AND_UNITS = Pattern.compile("[\\d\\s\u00A0\u2009\u202F.,:;%×=≥≤<>+\\-–—()/·•◀▶✕…†]*"
            + "|([\\d\\s\u00A0\u2009\u202F.,≥≤–—×]*(µg|mg|g|kg|kcal|IU)\\b[\\s\u00A0\u2009\u202F./]*)+"
            + "[\\d\\s\u00A0\u2009\u202F.,)(]*");

    @Test
    void everyInterfaceTextComesFromTheBundle(FxRobot robot) {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> {
            foods().selectFood("lit:KAMAO2007:natto");
            compare().add(foods().visibleRows().subList(0, 2));
            studies().selectedProperty().set(studies().visible().get(0));
            claims().selectedProperty().set(claims().visible().get(0));
        });
        Set<String> shown = new TreeSet<>();
        for (Tab tab : tabs.getTabs()) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            shown.add(tab.getText());
            collect(tab.getContent(), shown);
        }
        collect(robot.lookup("#menuBar").queryAs(MenuBar.class), shown);
        collect(robot.lookup("#statusBar").query(), shown);
        String rowFive = foods().visibleRows().get(4).food().name(); // in no label: compare holds rows 0 and 1
        assertTrue(shown.contains(rowFive), "table cells are read too: " + rowFive);

        bundle = bundlePatterns();
        data = dataTexts();
        List<String> notFromBundle = shown.stream().filter(t -> !explained(t, 0)).toList();
        assertEquals(List.of(), notFromBundle, "shown but not from messages.properties");
    }

    /** How deep glue patterns ("{0}: {1}") may nest before a text counts as unexplained. */
    private static final int MAX_NESTING = 3;
    /** How lists are shown inside one text ("Mon 30 Nov: no plan; Tue 1 Dec: …"). */
    private static final String LIST_SEPARATOR = "; ";
    /** A day as the week summary writes it in the US locale: data, like a number. */
    private static final Pattern DAY = Pattern.compile("[A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2}");
    private List<BundleText> bundle;
    private Set<String> data;

    /**
     * A text is explained when it is a number or unit, data, or a bundle text; an argument of a bundle text may be
     * anything (it is data), except in a pattern that is only glue between its arguments ("{0}: {1}", "{0} — {1}"),
     * whose arguments must be explained in turn, so two hard-coded words glued by it are still caught.
     */
    private boolean explained(String text, int depth) {
        String t = text.strip();
        if (t.isEmpty() || NUMBERS_AND_UNITS.matcher(t).matches() || DAY.matcher(t).matches()
                || t.startsWith("https://") || data.contains(t)) {
            return true;
        }
        if (depth > MAX_NESTING) {
            return false;
        }
        for (BundleText b : bundle) {
            Matcher m = b.pattern().matcher(t);
            if (m.matches()) {
                if (!b.glue()) {
                    return true;
                }
                boolean all = true;
                for (int g = 1; g <= m.groupCount() && all; g++) {
                    all = explained(m.group(g), depth + 1);
                }
                if (all) {
                    return true;
                }
            }
        }
        return t.contains(LIST_SEPARATOR)
                && Arrays.stream(t.split(LIST_SEPARATOR)).allMatch(part -> explained(part, depth + 1));
    }

    private static void collect(Node node, Set<String> out) {
        if (node == null || node instanceof MarkdownView || !node.isVisible()
                || node instanceof IndexedCell<?> cell && cell.isEmpty()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
            tooltip(l.getTooltip(), out);
            // a table cell's tooltip is made on first hover; its text is already the cell's help for screen readers
            if (l.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.HELP) instanceof String help
                    && !help.isEmpty()) {
                out.add(help);
            }
        }
        if (node instanceof TextInputControl t && t.getPromptText() != null) {
            out.add(t.getPromptText());
        }
        if (node instanceof ComboBox<?> c) {
            choices(c, out);
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(column -> header(column, out));
        }
        if (node instanceof MenuBar bar) {
            menuItems(bar); // each menu's items, made as opening it makes them
            bar.getMenus().forEach(m -> menu(m, out));
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void choices(ComboBox c, Set<String> out) {
        for (Object item : c.getItems()) {
            if (item instanceof FoodRow || item instanceof Portion) {
                continue; // a food or one of its portions: data, shown with its numbers
            }
            String text = c.getConverter() == null ? String.valueOf(item) : c.getConverter().toString(item);
            if (text != null) {
                out.add(text);
            }
        }
        if (c.getPromptText() != null) {
            out.add(c.getPromptText());
        }
    }

    private static void header(TableColumnBase<?, ?> column, Set<String> out) {
        if (column.getText() != null) {
            out.add(column.getText());
        }
        column.getColumns().forEach(c -> header(c, out));
    }

    private static void menu(MenuItem item, Set<String> out) {
        if (item.getText() != null) {
            out.add(item.getText());
        }
        if (item instanceof Menu m) {
            m.getItems().forEach(i -> menu(i, out));
        }
    }

    private static void tooltip(Tooltip tooltip, Set<String> out) {
        if (tooltip != null && tooltip.getText() != null) {
            out.add(tooltip.getText());
        }
    }

    /** A bundle text as a pattern; glue when it has no words of its own, only arguments and punctuation. */
    private record BundleText(Pattern pattern, boolean glue) {
    }

    /** Each bundle text as a pattern: its words literally, each {n} argument standing for any text. */
    private static List<BundleText> bundlePatterns() {
        ResourceBundle bundle = ResourceBundle.getBundle("k2explorer.i18n.messages");
        List<BundleText> patterns = new ArrayList<>();
        Pattern argument = Pattern.compile("\\{\\d+[^}]*}");
        for (String key : bundle.keySet()) {
            String text = bundle.getString(key);
            boolean hasArguments = argument.matcher(text).find();
            String literal = hasArguments ? text.replace("''", "'") : text;
            StringBuilder regex = new StringBuilder("(?s)");
            Matcher m = argument.matcher(literal);
            int at = 0;
            while (m.find()) {
                regex.append(Pattern.quote(literal.substring(at, m.start()))).append("(.*?)");
                at = m.end();
            }
            regex.append(Pattern.quote(literal.substring(at)));
            boolean glue = hasArguments
                    && NUMBERS_AND_UNITS.matcher(argument.matcher(literal).replaceAll("")).matches();
            patterns.add(new BundleText(Pattern.compile(regex.toString()), glue));
        }
        return patterns;
    }

    /** Every text of the data the app shows: foods, sources, studies, claims and learn panels. */
    private Set<String> dataTexts() {
        Set<String> texts = new HashSet<>();
        strings(foods().catalogProperty().get().foods(), texts);
        foods().catalogProperty().get().foods().forEach(f -> f.portions().forEach(p -> texts.add(p.label())));
        strings(foods().catalogProperty().get().sources(), texts);
        strings(foods().catalogProperty().get().families(), texts);
        strings(studies().visible(), texts);
        strings(claims().visible(), texts);
        strings(LearnPanels.load().panels(), texts);
        return texts;
    }

    private static void strings(Object value, Set<String> out) {
        if (value instanceof String s) {
            out.add(s.strip());
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> strings(v, out));
        } else if (value instanceof Map<?, ?> m) {
            m.values().forEach(v -> strings(v, out));
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> strings(v, out));
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    strings(component.getAccessor().invoke(value), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
