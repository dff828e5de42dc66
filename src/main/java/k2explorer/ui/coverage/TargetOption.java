package k2explorer.ui.coverage;

import k2explorer.i18n.Numbers;
import k2explorer.coverage.TargetPreset;
import k2explorer.i18n.Messages;

/**
 * One entry of the target list: a checked intake reference, the user's own amount (no preset), or a dose used in
 * a study (studyDose above 0), which is labelled as such and never presented as a nutrition target.
 */
public record TargetOption(String id, String label, TargetPreset preset, double studyDose) {
    public static final String CUSTOM_ID = "custom";
    public static final String STUDY_PREFIX = "study:";
    public static final TargetOption CUSTOM = new TargetOption(CUSTOM_ID, Messages.get("target.custom.option"), null,
            0);

    public static TargetOption of(TargetPreset preset) {
        return new TargetOption(preset.id(), preset.label(), preset, 0);
    }

    public static TargetOption studyDose(String study, double micrograms) {
        return new TargetOption(STUDY_PREFIX + study, Messages.get("target.studyDose", study,
                Numbers.shown(micrograms, 3)), null, micrograms);
    }

    @Override
    public String toString() {
        return label;
    }
}
