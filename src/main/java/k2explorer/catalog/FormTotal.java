package k2explorer.catalog;

import java.util.Set;

/**
 * A sum over vitamin K forms. {@code partial} is true when some forms it should cover were not measured (or the
 * source gave only a K2 total whose forms it does not name): the true total is then at least this amount, and the
 * app says so rather than implying completeness. {@code notDetected} lists forms counted as zero because they were
 * looked for and not found.
 */
public record FormTotal(Amount amount, Set<KForm> includedForms, Set<KForm> notDetected, boolean partial) {

    public FormTotal {
        includedForms = KForm.shared(includedForms);
        notDetected = KForm.shared(notDetected);
    }

    /** One form on its own: complete by definition. */
    public static FormTotal single(KForm form, Amount amount) {
        Set<KForm> one = form.alone();
        return new FormTotal(amount, one, amount.state() == ValueState.NOT_DETECTED ? one : Set.of(), false);
    }

    public boolean usesK2Total() {
        return includedForms.contains(KForm.K2_TOTAL);
    }
}
