package k2explorer.studies;

import java.util.Optional;
import java.util.OptionalDouble;
import k2explorer.catalog.SearchText;

/**
 * One study as read from its abstract, in this project's words. A study that could not be read has
 * {@code verified == false} and carries no result.
 */
public record Study(String key, String label, String citation, String doi, String pmid, StudyTopic topic,
                    StudyDesign design, String population, Integer participants, StudyForm form,
                    Double dosePerDayMicrograms, String doseText, String duration, String outcomes,
                    String mainResult, String limitations, EvidenceGrade grade, String gradeReason, String summary,
                    String readWhere, boolean verified, String citedBySeed, String fundingNote) {

    /** The daily dose given in the study, when it gave one (observational studies do not). */
    public OptionalDouble dose() {
        return dosePerDayMicrograms == null ? OptionalDouble.empty() : OptionalDouble.of(dosePerDayMicrograms);
    }

    public Optional<Integer> n() {
        return Optional.ofNullable(participants);
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

    /** The words a search matches against, normalised for {@link k2explorer.catalog.SearchText.Query}. */
    public String searchKey() {
        return SearchText.normalise(String.join(" ", key, label, citation, topic.label(),
                design.label(), form.label(), summary, mainResult));
    }
}
