package k2explorer.ui.coverage;

import java.util.Objects;
import k2explorer.coverage.TargetPreset;
import k2explorer.i18n.Messages;
import k2explorer.i18n.Numbers;

/**
 * One entry of the target list: a checked intake reference or the user's own amount (no preset). A dose used in a
 * study is never one of them: it belongs to the coverage chart it was opened for.
 */
public record TargetOption(String id, String label, TargetPreset preset) {
    public static final String CUSTOM_ID = "custom";
    public static final TargetOption CUSTOM = new TargetOption(CUSTOM_ID, Messages.get("target.custom.option"), null);

    /** A reference as the list shows it: authority, population and amount ("EFSA, adults: 70 µg/day"). */
    public static TargetOption of(TargetPreset preset) {
        return new TargetOption(preset.id(), preset.perKg()
                ? Messages.get("target.preset.perKg", preset.authority(), preset.population(),
                        Numbers.shown(preset.microgramsPerKg(), 3))
                : Messages.get("target.preset.perDay", preset.authority(), preset.population(),
                        Numbers.shown(preset.microgramsPerDay(), 3)), preset);
    }

    /* Written out: used before the first full frame, where a record's generated one costs a method-handle set-up
     * (FirstFrameClassesTest). Every component counts (WrittenOutEqualityTest). */
    @Override
    public boolean equals(Object o) {
        return o instanceof TargetOption t && Objects.equals(id, t.id) && Objects.equals(label, t.label)
                && Objects.equals(preset, t.preset);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(id);
        h = 31 * h + Objects.hashCode(label);
        return 31 * h + Objects.hashCode(preset);
    }
}
