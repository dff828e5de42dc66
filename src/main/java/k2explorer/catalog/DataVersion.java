package k2explorer.catalog;

/** Which bundled data a catalog was built from: a human label and a hash of the files' bytes. */
public record DataVersion(String label, String hash) {

    public String shortHash() {
        return hash.length() > 10 ? hash.substring(0, 10) : hash;
    }

    public String display() {
        return label + " · data " + shortHash();
    }
}
