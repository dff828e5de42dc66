package k2explorer.studies;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One study report as read from its abstract, in this project's words. A study that could not be read has
 * {@code verified == false} and carries no result. Reports of the same trial share {@code trial} (blank for a
 * report that is a trial of its own), so that counts of trials do not count one trial twice.
 */
public record Study(String key, String label, String citation, String doi, String pmid, StudyTopic topic,
                    StudyDesign design, String population, Integer participants, StudyForm form,
                    Double dosePerDayMicrograms, String doseText, String duration, String outcomes,
                    String mainResult, String limitations, EvidenceGrade grade, String gradeReason, String summary,
                    String readWhere, boolean verified, String citedBySeed, String fundingNote, String trial) {

    public Study {
        trial = trial == null ? "" : trial;
    }

    /** The trial this report belongs to: its shared trial id, or the report's own key when it stands alone. */
    public String trialKey() {
        return trial.isBlank() ? key : trial;
    }

    /** The daily dose given in the study, when it gave one (observational studies do not). */
    public OptionalDouble dose() {
        return dosePerDayMicrograms == null ? OptionalDouble.empty() : OptionalDouble.of(dosePerDayMicrograms);
    }

    public Optional<Integer> n() {
        return Optional.ofNullable(participants);
    }

    /** The DOI resolver's address for the paper, when its DOI is known. */
    public Optional<String> doiLink() {
        return doi == null || doi.isBlank() ? Optional.empty() : Optional.of("https://doi.org/" + doi);
    }

    /** The paper's PubMed record, when its PubMed id is known. */
    public Optional<String> pubmedLink() {
        return pmid == null || pmid.isBlank() ? Optional.empty()
                : Optional.of("https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/");
    }

    /** The citation to copy: the short reference, then the DOI and the PubMed id when they are known. */
    public String citeAs() {
        StringBuilder text = new StringBuilder(citation.strip());
        if (doi != null && !doi.isBlank()) {
            text.append(" doi:").append(doi);
        }
        if (pmid != null && !pmid.isBlank()) {
            text.append(" PMID: ").append(pmid);
        }
        return text.toString();
    }

    /** A link to the paper: its DOI when known, else PubMed. */
    public Optional<String> link() {
        if (doi != null && !doi.isBlank()) {
            return Optional.of("https://doi.org/" + doi);
        }
        if (pmid != null && !pmid.isBlank()) {
            return Optional.of("https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/");
        }
        return Optional.empty();
    }
}
