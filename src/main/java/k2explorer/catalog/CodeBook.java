package k2explorer.catalog;

import java.util.Map;
import java.util.Optional;

/** What USDA's source and derivation codes mean ("7" = assumed zero, "BFSN" = based on another form …). */
public record CodeBook(Map<String, String> sourceCodes, Map<String, String> derivationCodes) {
    public static final CodeBook EMPTY = new CodeBook(Map.of(), Map.of());

    public CodeBook {
        sourceCodes = Map.copyOf(sourceCodes);
        derivationCodes = Map.copyOf(derivationCodes);
    }

    public Optional<String> sourceCode(String code) {
        return Optional.ofNullable(code == null ? null : sourceCodes.get(code));
    }

    public Optional<String> derivationCode(String code) {
        return Optional.ofNullable(code == null ? null : derivationCodes.get(code));
    }
}
