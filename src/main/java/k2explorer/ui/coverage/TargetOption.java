package k2explorer.ui.coverage;

import k2explorer.coverage.TargetPreset;

/** One entry of the target list: a checked intake reference, or the user's own amount (preset is null). */
public record TargetOption(String id, String label, TargetPreset preset) {
    public static final String CUSTOM_ID = "custom";
    public static final TargetOption CUSTOM = new TargetOption(CUSTOM_ID, "My own amount (µg/day)", null);

    public static TargetOption of(TargetPreset preset) {
        return new TargetOption(preset.id(), preset.label(), preset);
    }

    @Override
    public String toString() {
        return label;
    }
}
