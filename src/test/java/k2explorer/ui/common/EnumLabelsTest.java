package k2explorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import javafx.util.StringConverter;
import k2explorer.catalog.KForm;
import k2explorer.i18n.Messages;
import k2explorer.mine.plans.PlanUnit;
import k2explorer.studies.StudyDesign;
import k2explorer.studies.Verdict;
import org.junit.jupiter.api.Test;

/** Boxes and cells show a closed set's label from the bundle, while the value itself keeps its constant name. */
class EnumLabelsTest {

    @Test
    void aFilterBoxShowsLabelsAndItsAllEntry() {
        StringConverter<Verdict> shown = EnumLabels.converter("All verdicts");
        assertEquals("All verdicts", shown.toString(null));
        assertEquals(Messages.get("enum.Verdict.PARTLY"), shown.toString(Verdict.PARTLY));
        assertEquals("PARTLY", Verdict.PARTLY.toString(), "the value's own text is its code, the same in any language");
    }

    @Test
    void shortLabelsComeFromTheirOwnKey() {
        assertEquals(Messages.get("enum.StudyDesign.RCT.short"), EnumLabels.shortOf(StudyDesign.RCT));
        assertEquals(Messages.get("enum.PlanUnit.GRAMS"), EnumLabels.of(PlanUnit.GRAMS));
    }

    @Test
    void formsAddedUpReadInTheirOwnOrder() {
        assertEquals(EnumLabels.of(KForm.MK4) + " + " + EnumLabels.of(KForm.MK7),
                EnumLabels.sum(Set.of(KForm.MK7, KForm.MK4)));
        assertEquals("", EnumLabels.sum(Set.of()));
    }

    @Test
    void anyValueCanBeShownByAFunction() {
        StringConverter<Integer> percent = EnumLabels.shown(v -> v + " %", "");
        assertEquals("120 %", percent.toString(120));
        assertEquals("", percent.toString(null));
    }
}
