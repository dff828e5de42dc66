package k2explorer.ui.foods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import k2explorer.EachLocale;
import k2explorer.catalog.Basis;
import k2explorer.coverage.CountedForms;
import k2explorer.coverage.DailyTarget;
import k2explorer.i18n.Numbers;
import k2explorer.ui.common.AmountFormat;

/**
 * Every number the Foods table shows — amounts on every basis, spreads, partial sums, grams and servings to a
 * target, percent per serving — typed back in the same locale is the value shown (to the digits shown).
 */
class ScreenNumbersRoundTripTest {
    @EachLocale
    void everyCellOfTheFoodsTableReadsBack(Locale locale) {
        FoodsViewModel model = new FoodsViewModel();
        model.setCatalog(TestFoods.catalog());
        model.targetProperty().set(new DailyTarget("90", 90, CountedForms.TOTAL_K));
        int checked = 0;
        for (Basis basis : Basis.values()) {
            model.basisProperty().set(basis);
            for (FoodRow row : model.allRows()) {
                for (FoodColumn column : FoodColumn.values()) {
                    if (!column.isNumeric()) {
                        continue;
                    }
                    var value = model.value(row, column);
                    if (value.isEmpty()) {
                        continue;
                    }
                    checked += readsBack(value.get().text(), locale + " " + basis + " " + column + " "
                            + row.food().id());
                }
            }
        }
        assertTrue(checked > 20, "numbers checked: " + checked);
    }

    /** Each number in a cell ("≥ 1,234.5", "3.1–5.2", "< 0.8") reads back as itself; returns how many. */
    private static int readsBack(String text, String where) {
        String t = text.replaceAll("^[≤≥<>] ?", "");
        if (t.equals(AmountFormat.NOT_MEASURED) || !t.matches(".*\\d.*") || t.endsWith("*")) {
            return 0;
        }
        int n = 0;
        for (String part : t.split("–")) {
            double read = Numbers.typed(part, "cell").value().orElseThrow(() -> new AssertionError(where + ": \""
                    + part + "\" of \"" + text + "\" does not read back"));
            assertEquals(part, shownAgain(read, part), where);
            n++;
        }
        return n;
    }

    /** The read value shown again with as many decimals as the cell had: the same text. */
    private static String shownAgain(double value, String cell) {
        String decimal = String.valueOf(java.text.DecimalFormatSymbols.getInstance(Numbers.locale())
                .getDecimalSeparator());
        int digits = cell.contains(decimal) ? cell.length() - cell.indexOf(decimal) - 1 : 0;
        return Numbers.shown(value, digits);
    }
}
