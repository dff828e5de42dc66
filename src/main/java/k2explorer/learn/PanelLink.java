package k2explorer.learn;

import java.util.Locale;

/**
 * Where a link in a learn panel points: a study, a food, a claim in the app, another panel (optionally one of its
 * sections, e.g. a glossary entry), a place in another view ({@code view:plan-week}, the Day plan's week of K1), or a
 * web page.
 */
public record PanelLink(Kind kind, String target) {
    public enum Kind { STUDY, FOOD, CLAIM, PANEL, VIEW, WEB }

    /** The places in the app a {@code view:} link may open. */
    public static final java.util.Set<String> VIEWS = java.util.Set.of("plan-week");

    /**
     * Reads a Markdown link destination such as {@code study:GAST2009}, {@code food:usda:11457} or
     * {@code panel:glossary#inr} (a panel id, and after {@code #} the anchor of one of its headings).
     */
    public static PanelLink parse(String destination) {
        int colon = destination.indexOf(':');
        String scheme = colon < 0 ? "" : destination.substring(0, colon);
        String rest = colon < 0 ? destination : destination.substring(colon + 1);
        return switch (scheme) {
            case "study" -> new PanelLink(Kind.STUDY, rest);
            case "food" -> new PanelLink(Kind.FOOD, rest);
            case "claim" -> new PanelLink(Kind.CLAIM, rest);
            case "panel" -> new PanelLink(Kind.PANEL, rest);
            case "view" -> {
                if (!VIEWS.contains(rest)) {
                    throw new IllegalArgumentException("unknown view in a learn panel link: " + destination
                            + " (known: " + new java.util.TreeSet<>(VIEWS) + ")");
                }
                yield new PanelLink(Kind.VIEW, rest);
            }
            case "http", "https" -> new PanelLink(Kind.WEB, destination);
            default -> throw new IllegalArgumentException("unknown link in a learn panel: " + destination);
        };
    }

    /** For a panel link, the panel's id (the part before {@code #}). */
    public String panelId() {
        int hash = target.indexOf('#');
        return hash < 0 ? target : target.substring(0, hash);
    }

    /** For a panel link, the anchor of the heading it points at, or "" for the top of the panel. */
    public String anchor() {
        int hash = target.indexOf('#');
        return hash < 0 ? "" : target.substring(hash + 1);
    }

    /** The anchor a heading is linked by: lower case, every run of other characters than a-z and 0-9 one dash. */
    public static String anchorOf(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
