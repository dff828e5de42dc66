package k2explorer.ui.common;

import java.util.Optional;
import k2explorer.coverage.CountedForms;
import k2explorer.i18n.Messages;
import k2explorer.i18n.Numbers;
import k2explorer.studies.Study;

/** A study's daily dose as something the coverage view can use: label, amount and the form it counts. */
public record StudyDose(String studyLabel, double micrograms, CountedForms counted) {

    /** The dose of a study that gave a single form at a fixed daily amount; empty otherwise, with no guessing. */
    public static Optional<StudyDose> of(Study study) {
        if (study.dose().isEmpty()) {
            return Optional.empty();
        }
        CountedForms counted = switch (study.form()) {
            case K1 -> CountedForms.K1_ONLY;
            case MK4 -> CountedForms.MK4_ONLY;
            case MK7 -> CountedForms.MK7_ONLY;
            default -> null;
        };
        return counted == null ? Optional.empty()
                : Optional.of(new StudyDose(study.label(), study.dose().getAsDouble(), counted));
    }

    /** At or above this daily amount a dose is a drug dose (the Japanese MK-4 drug is 45 mg), far beyond any food. */
    public static final double DRUG_DOSE_MICROGRAMS = 10_000;

    /** A daily amount written the way people read it: milligrams from 1,000 µg up, otherwise micrograms. */
    public static String amount(double micrograms) {
        return micrograms >= 1000 ? Numbers.shown(micrograms / 1000, 3) + " mg"
                : Numbers.shown(micrograms, 3) + " µg";
    }

    /** Whether the dose is a drug-sized dose that no food can reach. */
    public boolean drugDose() {
        return micrograms >= DRUG_DOSE_MICROGRAMS;
    }

    /** Why a study offers no dose to look up, in words a user understands. */
    public static String whyNone(Study study) {
        if (study.design().observational()) {
            return Messages.get("dose.observational");
        }
        if (study.form() == k2explorer.studies.StudyForm.K1_AND_MK4 && study.dose().isEmpty()) {
            return Messages.get("dose.arms");
        }
        if (study.dose().isEmpty()) {
            return Messages.get("dose.none");
        }
        if (study.form() == k2explorer.studies.StudyForm.K2_UNSPECIFIED) {
            return Messages.get("dose.formNotStated");
        }
        return Messages.get("dose.pooled");
    }
}
