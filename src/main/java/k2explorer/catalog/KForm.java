package k2explorer.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The vitamin K forms (vitamers) a catalog value can be about, and one value that is not a form: a K2 total whose
 * forms the source does not name (Ciqual's "vitamin K2").
 */
public enum KForm {
    K1("K1"),
    DIHYDRO_K1("dihydro-K1"),
    MK4("MK-4"),
    MK5("MK-5"),
    MK6("MK-6"),
    MK7("MK-7"),
    MK8("MK-8"),
    MK9("MK-9"),
    MK10("MK-10"),
    MK11("MK-11"),
    MK12("MK-12"),
    MK13("MK-13"),
    /** Counted in total K2 and total K, never shown as a form, never added on top of per-form values. */
    K2_TOTAL("K2 total");

    /** Every menaquinone a food could hold: a K2 total is partial unless all of these were measured. */
    public static final Set<KForm> MENAQUINONES = EnumSet.range(MK4, MK13);
    /** The menaquinones other than MK-4 and MK-7 (the "other MK" figures add these up). */
    public static final Set<KForm> OTHER_MENAQUINONES = Collections.unmodifiableSet(EnumSet.of(MK5, MK6, MK8, MK9,
            MK10, MK11, MK12, MK13));

    /** Every form in declaration order (one shared array: {@code values()} copies it on each call). */
    static final KForm[] ALL = values();
    /** One immutable set per combination of forms, made when first needed ({@link #shared}). */
    private static final Set<KForm>[] SHARED = newSetArray(1 << ALL.length);

    private final String code;

    KForm(String code) {
        this.code = code;
    }

    /** How data files and exports write the form ("MK-7", "dihydro-K1"): stable, never translated. */
    public String code() {
        return code;
    }

    /** One menaquinone (MK-4 … MK-13): vitamin K2 measured form by form. */
    public boolean isMenaquinone() {
        return MENAQUINONES.contains(this);
    }

    /** Counts toward vitamin K2: a menaquinone or a K2 total. */
    public boolean isK2() {
        return isMenaquinone() || this == K2_TOTAL;
    }

    /** Menaquinones that have no column of their own in the Foods table. */
    public boolean isOtherMenaquinone() {
        return isMenaquinone() && this != MK4 && this != MK7;
    }

    /**
     * The same forms as one shared immutable set: the ten thousand sums and single values of a catalog name a few
     * dozen combinations, so they hold these few sets instead of a copy each.
     */
    static Set<KForm> shared(Set<KForm> forms) {
        int mask = 0;
        for (KForm form : ALL) {
            if (forms.contains(form)) {
                mask |= 1 << form.ordinal();
            }
        }
        return shared(mask);
    }

    /** This form alone, as a shared immutable set. */
    Set<KForm> alone() {
        return shared(1 << ordinal());
    }

    private static Set<KForm> shared(int mask) {
        Set<KForm> set = SHARED[mask];
        if (set == null) {
            // Two threads may both make it: equal immutable sets, so either may stay.
            EnumSet<KForm> forms = EnumSet.noneOf(KForm.class);
            for (KForm form : ALL) {
                if ((mask & 1 << form.ordinal()) != 0) {
                    forms.add(form);
                }
            }
            set = Set.copyOf(forms);
            SHARED[mask] = set;
        }
        return set;
    }

    @SuppressWarnings("unchecked")
    private static Set<KForm>[] newSetArray(int size) {
        return (Set<KForm>[]) new Set<?>[size];
    }

    /** Accepts the labels used in the data files ("MK-7", "K1", "dihydro-K1"), ignoring case. */
    public static Optional<KForm> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.code.toLowerCase(Locale.ROOT).equals(wanted)
                        || f.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
