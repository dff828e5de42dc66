package k2explorer.studies;

import java.util.List;

/**
 * A claim found in the seed articles, paraphrased, with its verdict, one reason, and what stands behind it:
 * studies by key and food values by literature source key (narrowed to foods whose names hold a word).
 */
public record Claim(String id, ClaimKind kind, String text, List<String> seeds, Verdict verdict, String why,
                    List<String> studyKeys, List<String> sourceKeys, String foodWord) {

    public Claim {
        seeds = List.copyOf(seeds);
        studyKeys = List.copyOf(studyKeys);
        sourceKeys = List.copyOf(sourceKeys);
    }
}
