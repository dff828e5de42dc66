package k2explorer.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import k2explorer.studies.Study;
import k2explorer.studies.StudyCatalog;

/**
 * What a learn panel may not do: cite a study the catalog does not have, rest a statement on a study nobody could
 * read, or link a panel or section that does not exist. Each check lists its problems as "panel -> link: why", so a
 * test can show every one at once.
 */
public final class PanelChecks {
    private PanelChecks() {
    }

    /** Study links whose key is not in the study catalog. */
    public static List<String> unknownStudies(List<LearnPanel> panels, StudyCatalog studies) {
        List<String> problems = new ArrayList<>();
        for (LearnPanel p : panels) {
            for (PanelLink link : studyLinks(p)) {
                if (studies.study(link.target()).isEmpty()) {
                    problems.add(p.id() + " -> " + link.target() + ": no such study");
                }
            }
        }
        return problems;
    }

    /** Study links to a study marked not verified: nothing a panel says may rest on an unread study. */
    public static List<String> unverifiedStudies(List<LearnPanel> panels, StudyCatalog studies) {
        List<String> problems = new ArrayList<>();
        for (LearnPanel p : panels) {
            for (PanelLink link : studyLinks(p)) {
                Optional<Study> study = studies.study(link.target());
                if (study.isPresent() && !study.get().verified()) {
                    problems.add(p.id() + " -> " + link.target() + ": not verified (its abstract was not read)");
                }
            }
        }
        return problems;
    }

    /** Panel links to a panel that is not bundled, or to a heading that panel does not have. */
    public static List<String> brokenPanelLinks(List<LearnPanel> panels) {
        List<String> problems = new ArrayList<>();
        for (LearnPanel p : panels) {
            for (PanelLink link : p.links()) {
                if (link.kind() != PanelLink.Kind.PANEL) {
                    continue;
                }
                Optional<LearnPanel> target = panels.stream().filter(t -> t.id().equals(link.panelId())).findFirst();
                if (target.isEmpty()) {
                    problems.add(p.id() + " -> " + link.target() + ": no such panel");
                } else if (!link.anchor().isEmpty() && target.get().heading(link.anchor()).isEmpty()) {
                    problems.add(p.id() + " -> " + link.target() + ": no heading with that anchor in "
                            + target.get().id());
                }
            }
        }
        return problems;
    }

    private static List<PanelLink> studyLinks(LearnPanel panel) {
        return panel.links().stream().filter(l -> l.kind() == PanelLink.Kind.STUDY).toList();
    }
}
