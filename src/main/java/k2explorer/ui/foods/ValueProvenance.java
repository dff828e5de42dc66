package k2explorer.ui.foods;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import k2explorer.catalog.Attribution;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Source;
import k2explorer.catalog.ValueState;
import k2explorer.catalog.ValueStats;
import k2explorer.i18n.Messages;
import k2explorer.ui.common.AmountFormat;
import k2explorer.ui.common.EnumLabels;

/** How one value was obtained, in plain sentences for the detail pane: samples, spread, codes, studies, compiler. */
final class ValueProvenance {
    private ValueProvenance() {
    }

    static List<String> lines(KValue v, Catalog catalog) {
        List<String> lines = new ArrayList<>();
        ValueStats stats = v.stats();
        if (v.state() == ValueState.ASSUMED_ZERO) {
            lines.add(Messages.get("provenance.assumedZero"));
        } else if (v.isCalculated()) {
            lines.add(Messages.get("provenance.calculated"));
        } else if (stats.samples() != null) {
            lines.add(Messages.get(stats.samples() == 1 ? "provenance.samples.one" : "provenance.samples",
                    stats.samples()));
        } else if (!v.samples().isEmpty()) {
            lines.add(Messages.get("provenance.samplesText", v.samples()));
        }
        if (stats.standardError() != null) {
            lines.add(Messages.get("provenance.standardError", AmountFormat.format(stats.standardError())));
        }
        if (stats.min() != null && stats.max() != null) {
            lines.add(Messages.get("provenance.range", AmountFormat.format(stats.min()),
                    AmountFormat.format(stats.max())));
        }
        catalog.codes().sourceCode(stats.sourceCode()).ifPresent(m -> lines.add(
                Messages.get("provenance.sourceCode", stats.sourceCode(), m)));
        catalog.codes().derivationCode(stats.derivationCode()).ifPresent(m -> lines.add(
                Messages.get("provenance.derivationCode", stats.derivationCode(), m)));
        if (stats.lastChanged() != null) {
            lines.add(Messages.get("provenance.lastChanged", stats.lastChanged()));
        }
        if (v.state() == ValueState.NOT_DETECTED) {
            lines.add(Messages.get("provenance.notDetected"));
        }
        if (v.state() == ValueState.BELOW_BOUND) {
            lines.add(Messages.get("provenance.belowBound", AmountFormat.format(v.amount())));
        }
        if (v.form() == KForm.K2_TOTAL) {
            lines.add(Messages.get("provenance.k2Total"));
        }
        String papers = v.originIds().stream().map(id -> catalog.source(id).map(Source::shortLabel).orElse(id))
                .collect(Collectors.joining(", "));
        if (v.attribution() != null) {
            String compiler = catalog.source(v.sourceId()).map(Source::shortLabel).orElse(v.sourceId());
            lines.add(Messages.get(v.attribution() == Attribution.MERGED ? "provenance.merged"
                    : v.attribution() == Attribution.UNPUBLISHED ? "provenance.unpublished" : "provenance.compiled",
                    papers, compiler));
        } else if (!papers.isEmpty()) {
            lines.add(Messages.get("provenance.studies", papers));
        }
        if (!EnumLabels.of(v.kind()).isEmpty() && v.state() == ValueState.MEASURED && v.attribution() == null) {
            lines.add(EnumLabels.of(v.kind()));
        }
        return lines;
    }
}
