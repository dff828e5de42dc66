package k2explorer.ui.coverage;

import k2explorer.coverage.TargetPreset;
import k2explorer.i18n.Messages;

/**
 * One entry of the target list: a checked intake reference or the user's own amount (no preset). A dose used in a
 * study is never one of them: it belongs to the coverage chart it was opened for.
 */
public record TargetOption(String id, String label, TargetPreset preset) {
    public static final String CUSTOM_ID = "custom";
    public static final TargetOption CUSTOM = new TargetOption(CUSTOM_ID, Messages.get("target.custom.option"), null);

    public static TargetOption of(TargetPreset preset) {
        return new TargetOption(preset.id(), preset.label(), preset);
    }

    @Override
    public String toString() {
        return label;
    }
}
