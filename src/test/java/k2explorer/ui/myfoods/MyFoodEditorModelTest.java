package k2explorer.ui.myfoods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import k2explorer.EachLocale;
import k2explorer.TestLocale;
import k2explorer.UsLocale;
import k2explorer.catalog.KForm;
import k2explorer.i18n.Numbers;
import k2explorer.mine.foods.MyFood;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The my-food editor checks each field as it is typed, without the FX thread. */
@ExtendWith(UsLocale.class)
class MyFoodEditorModelTest {

    @EachLocale
    void aBlankFoodNamesWhatIsMissingAndCannotBeSaved() {
        MyFoodEditorModel m = new MyFoodEditorModel(null, Set.of());
        assertFalse(m.validProperty().get());
        assertEquals("Enter a name.", m.problems().get("name"));
        assertTrue(m.problems().get("source").startsWith("Say where the numbers come from"));
        assertTrue(m.problems().containsKey("amounts"));
    }

    @Test
    void eachBadFieldGetsItsOwnMessageAndGoodInputClearsIt() {
        MyFoodEditorModel m = new MyFoodEditorModel(null, Set.of("natto x"));
        m.nameProperty().set("Natto X");
        assertTrue(m.problems().get("name").contains("already have a food called"));
        m.nameProperty().set("Natto Y");
        m.sourceProperty().set("label of brand Y, 2026");
        m.amountProperty(KForm.MK7).set("lots");
        assertEquals("MK-7: \"lots\" is not a number.", m.problems().get("MK-7"));
        m.amountProperty(KForm.MK7).set("-3");
        assertEquals("An amount cannot be negative.", m.problems().get("MK-7"));
        m.amountProperty(KForm.MK7).set("100001");
        assertEquals("At most 100,000 µg per 100 g.", m.problems().get("MK-7"));
        m.amountProperty(KForm.MK7).set("870.5");
        m.portionLabelProperty().set("1 pack");
        m.portionGramsProperty().set("0");
        assertEquals("A portion must weigh more than 0 g.", m.problems().get("portion"));
        m.portionGramsProperty().set("45");
        assertEquals(Map.of(), Map.copyOf(m.problems()));
        assertTrue(m.validProperty().get());
        MyFood food = m.toFood();
        assertEquals(Map.of(KForm.MK7, 870.5), food.per100g());
        assertEquals(List.of(new MyFood.MyPortion("1 pack", 45)), food.portions());
    }

    @EachLocale
    void controlCharactersInTextFieldsAreShownAsProblemsNextToTheirField() {
        MyFoodEditorModel m = new MyFoodEditorModel(null, Set.of());
        m.nameProperty().set("Natto\u0085X");
        m.groupProperty().set("\u001B[31mRed");
        m.sourceProperty().set("label\u009B");
        m.amountProperty(KForm.MK7).set("870");
        assertTrue(m.problems().get("name").startsWith("Remove the control character U+0085 (character 6)"),
                m.problems().toString());
        assertTrue(m.problems().get("group").contains("U+001B"), m.problems().toString());
        assertTrue(m.problems().get("source").contains("U+009B"), m.problems().toString());
        assertFalse(m.validProperty().get());
        m.nameProperty().set("Natto X");
        m.groupProperty().set("Red");
        m.sourceProperty().set("label");
        assertTrue(m.validProperty().get(), m.problems().toString());
    }

    @Test
    void amountsAreReadInTheUsersLocaleAndAmbiguousOnesAreRefused() {
        MyFoodEditorModel m = filled();
        m.amountProperty(KForm.MK7).set("1,765");
        m.portionGramsProperty().set("1,5");
        assertTrue(m.problems().get("portion").startsWith("Portion grams: \"1,5\" can be read two ways."),
                m.problems().toString());
        m.portionGramsProperty().set("1,500");
        assertTrue(m.validProperty().get(), m.problems().toString());
        assertEquals(Map.of(KForm.MK7, 1765.0), m.toFood().per100g(), "a shown 1,765 copied back is 1765");
        assertEquals(1500, m.toFood().portions().get(0).grams());
        TestLocale.in(Locale.GERMANY, () -> {
            m.amountProperty(KForm.MK7).set("870,5");
            assertEquals(Map.of(KForm.MK7, 870.5), m.toFood().per100g());
        });
    }

    @EachLocale
    void editingKeepsTheIdAndPortionsBeyondTheFirst() {
        MyFood existing = new MyFood("abc", "Cheese", "Dairy", "label", Map.of(KForm.MK9, 12.0),
                List.of(new MyFood.MyPortion("slice", 20), new MyFood.MyPortion("cube", 5)));
        MyFoodEditorModel m = new MyFoodEditorModel(existing, Set.of());
        assertTrue(m.validProperty().get());
        m.amountProperty(KForm.MK9).set("14");
        MyFood edited = m.toFood();
        assertEquals("abc", edited.id());
        assertEquals(14.0, edited.per100g().get(KForm.MK9));
        assertEquals(existing.portions(), edited.portions());
    }

    @EachLocale
    void editingAndSavingUntouchedKeepsEveryAmountExactly(Locale locale) {
        MyFood existing = new MyFood("abc", "Gouda", "Dairy", "label", Map.of(KForm.MK9, 0.125, KForm.MK7, 1234.5,
                KForm.K1, 12.0), List.of(new MyFood.MyPortion("slice", 28.35)));
        MyFoodEditorModel m = new MyFoodEditorModel(existing, Set.of());
        assertEquals(Numbers.exact(0.125), m.amountProperty(KForm.MK9).get());
        assertTrue(m.validProperty().get(), locale + ": " + m.problems());
        assertEquals(existing.per100g(), m.toFood().per100g(), locale + ": saved untouched, nothing changes");
        assertEquals(existing.portions(), m.toFood().portions());
    }

    @EachLocale
    void aTrailingUnitMatchingTheFieldIsAccepted(Locale locale) {
        MyFoodEditorModel m = filled();
        for (String grams : List.of("150g", "150 g", "150 G")) {
            m.portionGramsProperty().set(grams);
            assertTrue(m.validProperty().get(), grams + ": " + m.problems());
            assertEquals(150, m.toFood().portions().get(0).grams());
        }
        m.amountProperty(KForm.MK7).set(Numbers.exact(870.5) + " µg");
        assertEquals(870.5, m.toFood().per100g().get(KForm.MK7));
        m.portionGramsProperty().set("150 µg");
        assertTrue(m.problems().get("portion").contains("is not a number"), m.problems().toString());
    }

    @EachLocale
    void problemsShowOnlyOnceTheUserHasTypedInTheField() {
        MyFoodEditorModel m = new MyFoodEditorModel(null, Set.of());
        assertFalse(m.problems().isEmpty());
        assertEquals(Map.of(), Map.copyOf(m.shownProblems()), "nothing typed yet: no red text");
        assertTrue(m.stillNeeded().contains("Name") && m.stillNeeded().contains("an amount"), m.stillNeeded());
        m.amountProperty(KForm.MK7).set("-5");
        assertEquals("An amount cannot be negative.", m.shownProblems().get("MK-7"));
        assertFalse(m.shownProblems().containsKey("name"));
        m.nameProperty().set("x");
        m.nameProperty().set("");
        assertEquals("Enter a name.", m.shownProblems().get("name"));
        m.showAllProblems();
        assertEquals(Map.copyOf(m.problems()), Map.copyOf(m.shownProblems()));
        assertEquals("", m.stillNeeded());
    }

    @EachLocale
    void amountsPerServingAreConvertedToPer100gAndBothAreShown(Locale locale) {
        MyFoodEditorModel m = filled();
        m.perServingProperty().set(true);
        assertTrue(m.problems().containsKey(MyFoodEditorModel.SERVING), "a serving needs its weight");
        assertFalse(m.validProperty().get());
        m.servingGramsProperty().set("30 g");
        m.amountProperty(KForm.MK7).set(Numbers.exact(87));
        assertTrue(m.validProperty().get(), m.problems().toString());
        assertEquals(290, m.toFood().per100g().get(KForm.MK7), 1e-9);
        assertEquals("= " + Numbers.shown(290) + " µg per 100 g", m.per100gTextProperty(KForm.MK7).get());
        assertEquals(Numbers.exact(87), m.amountProperty(KForm.MK7).get(), "what was typed stays as typed");
    }

    private static MyFoodEditorModel filled() {
        MyFoodEditorModel m = new MyFoodEditorModel(null, Set.of());
        m.nameProperty().set("Natto Q");
        m.sourceProperty().set("label");
        m.amountProperty(KForm.MK7).set("870");
        m.portionLabelProperty().set("1 tub");
        m.portionGramsProperty().set("50");
        return m;
    }
}
