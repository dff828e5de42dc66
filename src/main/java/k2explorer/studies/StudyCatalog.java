package k2explorer.studies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The study catalog and the claims checked against it, read-only once built. */
public final class StudyCatalog {
    public static final StudyCatalog EMPTY = new StudyCatalog(List.of(), List.of());

    private final Map<String, Study> studies = new LinkedHashMap<>();
    private final List<Claim> claims;

    public StudyCatalog(List<Study> studies, List<Claim> claims) {
        studies.forEach(s -> this.studies.put(s.key(), s));
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

    /** The claims that cite a study. */
    public List<Claim> claimsCiting(String studyKey) {
        return claims.stream().filter(c -> c.studyKeys().contains(studyKey)).toList();
    }
}
