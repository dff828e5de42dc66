package k2explorer.ui.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import k2explorer.EachLocale;
import k2explorer.TestLocale;
import k2explorer.UsLocale;
import k2explorer.coverage.CountedForms;
import k2explorer.coverage.DailyTarget;
import k2explorer.coverage.TargetPresets;
import k2explorer.i18n.Numbers;
import k2explorer.mine.store.SettingsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(UsLocale.class)
class TargetChoiceViewModelTest {
    private final TargetChoiceViewModel model = new TargetChoiceViewModel(TargetPresets.load());

    private TargetOption option(String id) {
        return model.options().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    @EachLocale
    void startsWithTheLabelDailyValueCountingTotalK() {
        assertEquals(120, model.targetProperty().get().microgramsPerDay());
        assertEquals(CountedForms.TOTAL_K, model.targetProperty().get().counted());
        assertTrue(model.citationProperty().get().contains("Federal Register"));
    }

    @EachLocale
    void womenNinetyCountingK2Only() {
        model.optionProperty().set(option("NASEM_AI_WOMEN"));
        model.countedProperty().set(CountedForms.K2_ALL);
        assertEquals(90, model.targetProperty().get().microgramsPerDay());
        assertEquals(CountedForms.K2_ALL, model.targetProperty().get().counted());
        assertEquals("", model.problemProperty().get());
    }

    @Test
    void perKgReferencesAskForBodyWeight() {
        model.optionProperty().set(option("EFSA_AI_PER_KG"));
        assertTrue(model.needsBodyWeight());
        assertNull(model.targetProperty().get());
        assertTrue(model.problemProperty().get().contains("body weight"));
        model.bodyWeightKgProperty().set("64,5");
        assertNull(model.targetProperty().get(), "64,5 could be 645 or 64.5 in English");
        assertTrue(model.problemProperty().get().startsWith("body weight, kg: \"64,5\" can be read two ways"),
                model.problemProperty().get());
        model.bodyWeightKgProperty().set("64.5");
        assertEquals(64.5, model.targetProperty().get().microgramsPerDay(), 1e-9);
    }

    @Test
    void aCustomAmountIsValidated() {
        model.optionProperty().set(TargetOption.CUSTOM);
        for (String bad : new String[] {"", "-5", "0", "1,000,001"}) {
            model.customMicrogramsProperty().set(bad);
            assertNull(model.targetProperty().get(), bad);
            assertTrue(model.problemProperty().get().startsWith("Enter your daily target"), bad);
        }
        for (String bad : new String[] {"abc", "NaN", "1e9"}) {
            model.customMicrogramsProperty().set(bad);
            assertNull(model.targetProperty().get(), bad);
            assertEquals("My own amount (µg/day): \"" + bad + "\" is not a number.", model.problemProperty().get());
        }
        model.customMicrogramsProperty().set("180");
        assertEquals(180, model.targetProperty().get().microgramsPerDay());
        model.customMicrogramsProperty().set("1,000");
        assertEquals(1000, model.targetProperty().get().microgramsPerDay(), "grouping, not a decimal comma");
    }

    @EachLocale
    void theChoiceSurvivesARestartThroughTheSettingsFile(@TempDir Path dir) throws Exception {
        model.optionProperty().set(option("NASEM_AI_WOMEN"));
        model.countedProperty().set(CountedForms.MK7_ONLY);
        SettingsFile file = new SettingsFile(dir);
        file.save(model.snapshot());

        TargetChoiceViewModel next = new TargetChoiceViewModel(TargetPresets.load());
        next.restore(file.load());
        assertEquals("NASEM_AI_WOMEN", next.optionProperty().get().id());
        assertEquals(CountedForms.MK7_ONLY, next.targetProperty().get().counted());
        assertEquals(90, next.targetProperty().get().microgramsPerDay());
    }

    @EachLocale
    void aStudyDoseBelongsToTheChartOnlyAndIsNeverSavedAsTheUsersTarget(@TempDir Path dir) throws Exception {
        model.optionProperty().set(option("NASEM_AI_WOMEN"));
        model.countedProperty().set(CountedForms.K2_ALL);
        Map<String, String> before = model.snapshot();
        DailyTarget dose = model.useStudyDose("3-year MK-7 trial", 180, CountedForms.MK7_ONLY);
        assertTrue(dose.label().startsWith("Study dose (not a nutrition target)"), dose.label());
        assertEquals(dose, model.chartTargetProperty().get(), "the chart works toward the dose");
        assertEquals(90, model.targetProperty().get().microgramsPerDay(), "the user's target stays");
        assertEquals(CountedForms.K2_ALL, model.targetProperty().get().counted(), "and its counting");
        assertEquals(CountedForms.K2_ALL, model.countedProperty().get());
        assertTrue(model.options().stream().noneMatch(o -> o.label().startsWith("Study dose")),
                "a study dose is not one of the user's targets");
        assertEquals(before, model.snapshot(), "nothing of the dose is saved");
        SettingsFile file = new SettingsFile(dir);
        file.save(model.snapshot());
        TargetChoiceViewModel next = new TargetChoiceViewModel(TargetPresets.load());
        next.restore(file.load());
        assertNull(next.studyDoseProperty().get(), "after a restart no dose is open");
        assertEquals(CountedForms.K2_ALL, next.chartTargetProperty().get().counted());
        assertEquals(90, next.chartTargetProperty().get().microgramsPerDay());

        model.useStudyDose("another trial", 360, CountedForms.MK7_ONLY);
        assertEquals(360, model.chartTargetProperty().get().microgramsPerDay(), "one study dose at a time");
        model.closeStudyDose();
        assertNull(model.studyDoseProperty().get());
        assertEquals(model.targetProperty().get(), model.chartTargetProperty().get(), "closing restores the user's");
    }

    @EachLocale
    void aDrugDoseIsWrittenInMilligrams() {
        // the sentence that no food reaches a drug dose is in the study's detail (EvidenceUiTest)
        DailyTarget drug = model.useStudyDose("Iwamoto 2001", 45_000, CountedForms.MK4_ONLY);
        assertEquals("Study dose (not a nutrition target): Iwamoto 2001, " + Numbers.shown(45, 3) + " mg/day",
                drug.label());
        assertEquals(45_000, model.chartTargetProperty().get().microgramsPerDay());
        DailyTarget food = model.useStudyDose("Theuwissen 2013", 10, CountedForms.MK7_ONLY);
        assertEquals("Study dose (not a nutrition target): Theuwissen 2013, 10 µg/day", food.label());
    }

    @EachLocale
    void damagedSettingsKeepTheDefaults() {
        model.restore(Map.of("target.option", "NO_SUCH", "target.counted", "BOGUS"));
        assertEquals("FDA_DV", model.optionProperty().get().id());
        assertEquals(CountedForms.TOTAL_K, model.countedProperty().get());
    }

    @EachLocale
    void aCustomTargetIsTypedAndLabelledTheLocalesWay(Locale locale) {
        TargetChoiceViewModel m = new TargetChoiceViewModel(TargetPresets.load());
        m.optionProperty().set(TargetOption.CUSTOM);
        m.customMicrogramsProperty().set(Numbers.exact(1250.5));
        assertEquals(1250.5, m.targetProperty().get().microgramsPerDay(), 1e-9);
        assertEquals("My target: " + Numbers.shown(1250.5, 3) + " µg/day", m.targetProperty().get().label());
        DailyTarget dose = m.useStudyDose("trial", 1500, CountedForms.MK7_ONLY);
        assertTrue(dose.label().contains(Numbers.shown(1.5, 3) + " mg/day"), dose.label());
    }

    @EachLocale
    void aSavedCustomTargetIsTheSameAmountAfterAChangeOfLanguage(Locale locale, @TempDir Path dir)
            throws Exception {
        SettingsFile file = new SettingsFile(dir);
        TargetChoiceViewModel m = new TargetChoiceViewModel(TargetPresets.load());
        m.optionProperty().set(TargetOption.CUSTOM);
        m.customMicrogramsProperty().set(Numbers.exact(1.5));
        m.bodyWeightKgProperty().set(Numbers.shown(1064.5, 1));
        assertEquals("1.5", m.snapshot().get("target.customMicrograms.value"), "stored in the file form");
        assertEquals("1064.5", m.snapshot().get("target.bodyWeightKg.value"));
        file.save(m.snapshot());
        for (Locale other : EachLocale.LOCALES) {
            TestLocale.in(other, () -> {
                TargetChoiceViewModel next = new TargetChoiceViewModel(TargetPresets.load());
                try {
                    next.restore(file.load());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                assertEquals(TargetOption.CUSTOM_ID, next.optionProperty().get().id());
                assertEquals(1.5, next.targetProperty().get().microgramsPerDay(), 1e-9,
                        locale + " saved, " + other + " read: the same amount");
                assertEquals(Numbers.exact(1.5), next.customMicrogramsProperty().get());
            });
        }
    }

    @EachLocale
    void settingsOfEarlierVersionsKeepTheirTypedText() {
        model.restore(Map.of("target.option", "custom", "target.customMicrograms", "180"));
        assertEquals(180, model.targetProperty().get().microgramsPerDay());
    }
}
