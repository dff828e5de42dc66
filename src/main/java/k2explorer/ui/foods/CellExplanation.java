package k2explorer.ui.foods;

import java.util.Set;
import java.util.stream.Collectors;
import k2explorer.catalog.KForm;
import k2explorer.catalog.ValueDoubt;
import k2explorer.coverage.Reach;
import k2explorer.i18n.Messages;
import k2explorer.ui.common.AmountFormat;
import k2explorer.ui.common.EnumLabels;

/** What an amount cell's tooltip and screen-reader text say about its value: its state, bounds, italics, doubts. */
final class CellExplanation {
    private CellExplanation() {
    }

    static String of(ColumnValue value, Set<ValueDoubt> doubts) {
        StringBuilder text = new StringBuilder();
        Reach.Kind reach = value.reach() == null ? null : value.reach().kind();
        String measured = AmountFormat.included(value.includedForms());
        if (reach == Reach.Kind.NEVER) {
            text.append(Messages.get("cell.never"));
        } else if (reach == Reach.Kind.ASSUMED_ZERO) {
            text.append(Messages.get("cell.assumedNone"));
        } else if (reach == Reach.Kind.NONE_IN_FORMS_MEASURED) {
            text.append(Messages.get("cell.noneInFormsMeasured", measured, value.notMeasured().isEmpty()
                    ? Messages.get("cell.otherForms") : AmountFormat.forms(value.notMeasured())));
        } else if (reach == Reach.Kind.AT_LEAST) {
            text.append(Messages.get("cell.atLeastGrams"));
        } else if (value.amount() != null) {
            text.append(AmountFormat.explain(value.amount()));
            if (value.amount().calculated()) {
                // What the cell's italics mean, said on the cell itself.
                text.append("\n").append(Messages.get("cell.italic"));
            }
            if (value.amount().isSpread()) {
                text.append("\n").append(Messages.get("cell.spread"));
            }
        }
        if (value.partial() && reach != Reach.Kind.NONE_IN_FORMS_MEASURED) {
            text.append("\n").append(Messages.get(value.bound() == ColumnValue.Bound.AT_LEAST
                    ? "cell.partial.atLeast" : "cell.partial.atMost", measured));
        }
        if (!value.notDetected().isEmpty()) {
            text.append("\n").append(Messages.get("cell.notDetectedCounted", value.notDetected().stream().sorted()
                    .map(EnumLabels::of).collect(Collectors.joining(", "))));
        }
        for (ValueDoubt d : doubts.stream().sorted().toList()) {
            text.append("\n").append(Messages.get("cell.doubt", EnumLabels.of(d)));
        }
        return text.toString().strip();
    }
}
