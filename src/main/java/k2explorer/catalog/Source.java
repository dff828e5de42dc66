package k2explorer.catalog;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where numbers come from: a database release or a publication, as it was actually read. */
public record Source(
        String id,
        SourceKind kind,
        String shortLabel,
        String citation,
        String doi,
        String pmid,
        String url,
        String whatWasRead,
        boolean industryAffiliated,
        String caveat) {

    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern LEADING_DIGITS = Pattern.compile("^\\s*(\\d+)");

    /** The DOI alone, without any remark the data file carries next to it. */
    public Optional<String> cleanDoi() {
        if (doi == null) {
            return Optional.empty();
        }
        Matcher m = DOI.matcher(doi);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    public Optional<String> cleanPmid() {
        if (pmid == null) {
            return Optional.empty();
        }
        Matcher m = LEADING_DIGITS.matcher(pmid);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The best address to open: the DOI resolver, then PubMed, then the page that was read. */
    public Optional<String> link() {
        Optional<String> d = cleanDoi();
        if (d.isPresent()) {
            return Optional.of("https://doi.org/" + d.get());
        }
        Optional<String> p = cleanPmid();
        if (p.isPresent()) {
            return Optional.of("https://pubmed.ncbi.nlm.nih.gov/" + p.get() + "/");
        }
        if (url != null && !url.isBlank()) {
            return Optional.of(url.split("\\s;\\s")[0].trim());
        }
        return Optional.empty();
    }
}
