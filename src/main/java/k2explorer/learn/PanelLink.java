package k2explorer.learn;

/** Where a link in a learn panel points: a study, a food, a claim in the app, or a web page. */
public record PanelLink(Kind kind, String target) {
    public enum Kind { STUDY, FOOD, CLAIM, WEB }

    /** Reads a Markdown link destination such as {@code study:GAST2009} or {@code food:usda:11457}. */
    public static PanelLink parse(String destination) {
        int colon = destination.indexOf(':');
        String scheme = colon < 0 ? "" : destination.substring(0, colon);
        String rest = colon < 0 ? destination : destination.substring(colon + 1);
        return switch (scheme) {
            case "study" -> new PanelLink(Kind.STUDY, rest);
            case "food" -> new PanelLink(Kind.FOOD, rest);
            case "claim" -> new PanelLink(Kind.CLAIM, rest);
            case "http", "https" -> new PanelLink(Kind.WEB, destination);
            default -> throw new IllegalArgumentException("unknown link in a learn panel: " + destination);
        };
    }
}
