package k2explorer.learn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds 8-word runs that also occur in the seed articles, mirroring the before-stop hook. The seeds are not in
 * this project: only fingerprints of their 8-word runs are (src/test/resources/k2explorer/seed-8word-fingerprints.txt),
 * computed the same way. Words are runs of letters or digits, lower-cased; a run's fingerprint is the first 16 hex
 * digits of SHA-256 over its eight words joined by single spaces. The list is written by {@link #main} and changes
 * only if the seed articles do:
 * {@code mvn -q -o test-compile && java -cp target/test-classes k2explorer.learn.SeedOverlap ../shared/seeds}
 * (run from the project root; it rewrites the list in src/test/resources).
 */
public final class SeedOverlap {
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
        return runs(text).stream().filter(run -> fingerprints.contains(fingerprint(run))).toList();
    }

    /** Every 8-word run of {@code text}, in order. */
    static List<String> runs(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        List<String> runs = new ArrayList<>();
        for (int i = 0; i + 8 <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + 8)));
        }
        return runs;
    }

    /** Writes the fingerprints of every 8-word run of the seed articles ({@code *.txt} in the folder given). */
    public static void main(String[] args) throws IOException {
        Path seeds = Path.of(args.length > 0 ? args[0] : "../shared/seeds");
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path seed : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                runs(Files.readString(seed, StandardCharsets.UTF_8)).forEach(run -> out.add(fingerprint(run)));
            }
        }
        Path target = Path.of(args.length > 1 ? args[1] : "src/test/resources/k2explorer/seed-8word-fingerprints.txt");
        Files.writeString(target, out.stream().map(f -> f + "\n").collect(Collectors.joining()),
                StandardCharsets.UTF_8);
        System.out.println(out.size() + " fingerprints written to " + target);
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
