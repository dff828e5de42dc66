package k2explorer.studies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The study catalog and the claims checked against it, read-only once built. */
public final class StudyCatalog {
    public static final StudyCatalog EMPTY = new StudyCatalog(List.of(), List.of());

    private final Map<String, Study> studies = new LinkedHashMap<>();
    /** Each trial's reports in catalog order, by {@link Study#trialKey()}. */
    private final Map<String, List<Study>> reports = new LinkedHashMap<>();
    private final List<Claim> claims;

    public StudyCatalog(List<Study> studies, List<Claim> claims) {
        studies.forEach(s -> this.studies.put(s.key(), s));
        this.studies.values().forEach(s -> reports.computeIfAbsent(s.trialKey(), k -> new ArrayList<>()).add(s));
        this.claims = List.copyOf(claims);
    }

    public List<Study> studies() {
        return List.copyOf(studies.values());
    }

    public Optional<Study> study(String key) {
        return Optional.ofNullable(studies.get(key));
    }

    public List<Claim> claims() {
        return claims;
    }

    public Optional<Claim> claim(String id) {
        return claims.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The studies a claim rests on, in the order the claim lists them. */
    public List<Study> studiesBehind(Claim claim) {
        return claim.studyKeys().stream().map(studies::get).filter(Objects::nonNull).toList();
    }

    /** Every report of the trial a study belongs to, in catalog order (the study itself included). */
    public List<Study> reportsOf(Study study) {
        return List.copyOf(reports.getOrDefault(study.trialKey(), List.of(study)));
    }

    /** How many trials (or stand-alone studies) these reports stand for: two reports of one trial count once. */
    public static long trialCount(java.util.Collection<Study> reports) {
        return reports.stream().map(Study::trialKey).distinct().count();
    }

    /** The claims that cite a study. */
    public List<Claim> claimsCiting(String studyKey) {
        return claims.stream().filter(c -> c.studyKeys().contains(studyKey)).toList();
    }
}
