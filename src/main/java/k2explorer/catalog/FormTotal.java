package k2explorer.catalog;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A sum over vitamin K forms. {@code partial} is true when some forms it should cover were not measured:
 * the true total is then at least this amount, and the app says so rather than implying completeness.
 */
public record FormTotal(AmountRange amount, Set<KForm> includedForms, boolean partial) {

    public FormTotal {
        includedForms = Set.copyOf(includedForms);
    }

    public String includedLabel() {
        return includedForms.stream().sorted().map(KForm::label).collect(Collectors.joining(" + "));
    }
}
