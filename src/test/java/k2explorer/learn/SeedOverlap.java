package k2explorer.learn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds 8-word runs that also occur in the seed articles, mirroring the before-stop hook. The seeds are not in
 * this project: tools/seed_shingles.py stores only fingerprints of their 8-word runs, computed the same way.
 */
final class SeedOverlap {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private final Set<String> fingerprints;

    private SeedOverlap(Set<String> fingerprints) {
        this.fingerprints = fingerprints;
    }

    static SeedOverlap load() throws IOException {
        try (InputStream in = SeedOverlap.class.getResourceAsStream("/k2explorer/seed-8word-fingerprints.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new SeedOverlap(Set.of(text.split("\n")));
        }
    }

    /** Builds an overlap checker from chosen runs, to test the checker itself. */
    static final class Probe {
        SeedOverlap with(String... runs) {
            return new SeedOverlap(Arrays.stream(runs).map(SeedOverlap::fingerprint)
                    .collect(Collectors.toSet()));
        }
    }

    int fingerprintCount() {
        return fingerprints.size();
    }

    /** Every 8-word run of {@code text} found in a seed, as the words themselves. */
    List<String> copiedRuns(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        List<String> copied = new ArrayList<>();
        for (int i = 0; i + 8 <= words.size(); i++) {
            String run = String.join(" ", words.subList(i, i + 8));
            if (fingerprints.contains(fingerprint(run))) {
                copied.add(run);
            }
        }
        return copied;
    }

    static String fingerprint(String run) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
