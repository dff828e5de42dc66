package k2explorer.mine.foods;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import k2explorer.catalog.KForm;
import k2explorer.i18n.Messages;
import k2explorer.i18n.Numbers;

/** The rules a food must meet before it is saved, shared by the editor and the CSV import. */
public final class MyFoodRules {
    public static final double MAX_MICROGRAMS_PER_100G = 100_000;
    public static final int MAX_NAME_LENGTH = 200;
    public static final double MAX_PORTION_GRAMS = 100_000;
    public static final int MAX_SOURCE_LENGTH = 1_000;
    public static final int MAX_GROUP_LENGTH = 200;
    public static final int MAX_LABEL_LENGTH = 200;
    public static final int MAX_ID_LENGTH = 200;
    /** The smallest amount above zero: below it the grams to reach a target leave every scale (1e-320 µg). */
    public static final double MIN_MICROGRAMS_PER_100G = 0.001;

    private MyFoodRules() {
    }

    /**
     * Every problem with a food, given the names already used by other foods (compared without case).
     * An empty list means it can be saved.
     */
    public static List<FieldProblem> check(MyFood food, Set<String> otherNamesLowerCase) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = food.name() == null ? "" : plainSpaces(food.name()).trim();
        if (name.isEmpty()) {
            problems.add(new FieldProblem(FieldProblem.NAME, Messages.get("rule.name.empty")));
        } else if (textProblem(food.name()) != null) {
            problems.add(new FieldProblem(FieldProblem.NAME, textProblem(food.name())));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(new FieldProblem(FieldProblem.NAME, Messages.get("rule.name.long", MAX_NAME_LENGTH)));
        } else if (otherNamesLowerCase.contains(nameKey(name))) {
            problems.add(new FieldProblem(FieldProblem.NAME, Messages.get("rule.name.taken", name)));
        }
        if (food.id() != null && textProblem(food.id(), MAX_ID_LENGTH) != null) {
            problems.add(new FieldProblem(FieldProblem.ID, textProblem(food.id(), MAX_ID_LENGTH)));
        }
        if (food.sourceText() == null || food.sourceText().isBlank()) {
            problems.add(new FieldProblem(FieldProblem.SOURCE,
                    Messages.get("rule.source.empty")));
        } else if (textProblem(food.sourceText(), MAX_SOURCE_LENGTH) != null) {
            problems.add(new FieldProblem(FieldProblem.SOURCE, textProblem(food.sourceText(), MAX_SOURCE_LENGTH)));
        }
        if (food.group() != null && textProblem(food.group(), MAX_GROUP_LENGTH) != null) {
            problems.add(new FieldProblem(FieldProblem.GROUP, textProblem(food.group(), MAX_GROUP_LENGTH)));
        }
        for (Map.Entry<KForm, Double> e : food.per100g().entrySet()) {
            String problem = amountProblem(e.getValue());
            if (problem != null) {
                problems.add(new FieldProblem(FieldProblem.amountField(e.getKey()), problem));
            }
        }
        for (MyFood.MyPortion p : food.portions()) {
            if (p.label() == null || p.label().isBlank()) {
                problems.add(new FieldProblem(FieldProblem.PORTION, Messages.get("rule.portion.name")));
            } else if (textProblem(p.label(), MAX_LABEL_LENGTH) != null) {
                problems.add(new FieldProblem(FieldProblem.PORTION, textProblem(p.label(), MAX_LABEL_LENGTH)));
            }
            if (!Double.isFinite(p.grams()) || p.grams() <= 0) {
                problems.add(new FieldProblem(FieldProblem.PORTION, Messages.get("rule.portion.zero")));
            } else if (p.grams() > MAX_PORTION_GRAMS) {
                problems.add(new FieldProblem(FieldProblem.PORTION, Messages.get("rule.portion.huge",
                        Numbers.shown(MAX_PORTION_GRAMS))));
            }
        }
        return problems;
    }

    /**
     * Why a name, source, group or portion label cannot be kept, or null when it can: it holds a control character
     * (C0 such as a tab, a carriage return, ESC or NUL; DEL; or C1), which would be invisible in the table and could
     * act on a terminal. A line feed is text people type on a label ("Natto / brand X" over two lines): kept, and
     * quoted in CSV so it survives export and import.
     */
    public static String textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '\n' && Character.isISOControl(text.charAt(i))) {
                return Messages.get("rule.text.control", String.format("U+%04X", (int) text.charAt(i)), i + 1);
            }
            if (invisible(text.charAt(i))) {
                return Messages.get("rule.text.invisible", String.format("U+%04X", (int) text.charAt(i)), i + 1);
            }
        }
        return null;
    }

    /**
     * An invisible format character (zero-width space, bidi override or isolate, soft hyphen, BOM): it makes a
     * name that looks like another a different name, or shows text in another order than it is stored. The
     * zero-width joiner stays: emoji are built with it.
     */
    private static boolean invisible(char c) {
        return Character.getType(c) == Character.FORMAT && c != '\u200D';
    }

    /**
     * A name as names are compared for uniqueness, the one rule for "the same name" of a food and of a plan: plain
     * spaces, trimmed, composed the same way (NFC: "Ü" typed or pasted as U + ¨ is one letter), and without case,
     * letter by letter and in no locale: "Übung" is "übung", and Turkish İ/ı are I/i, so the answer is the same
     * whichever language the computer runs in.
     */
    public static String nameKey(String name) {
        String plain = Normalizer.normalize(plainSpaces(name).trim(), Normalizer.Form.NFC);
        StringBuilder key = new StringBuilder(plain.length());
        plain.codePoints().forEach(c -> key.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return key.toString();
    }

    /**
     * The text with every kind of space (no-break, thin, ideographic …) written as a plain space, so names that look
     * the same are the same name.
     */
    public static String plainSpaces(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(Character.getType(c) == Character.SPACE_SEPARATOR ? ' ' : c);
        }
        return b.toString();
    }

    /** Why a text cannot be kept: a control character, or more than {@code maxLength} characters; else null. */
    public static String textProblem(String text, int maxLength) {
        String control = textProblem(text);
        if (control != null) {
            return control;
        }
        return trimSpaces(text).length() > maxLength ? Messages.get("rule.text.long", maxLength,
                trimSpaces(text).length()) : null;
    }

    /**
     * The text without the spaces around it. Only spaces go ({@link String#trim()} would drop every control
     * character at either end): a tab or ESC there is left for {@link #textProblem(String)} to refuse, not removed
     * unseen.
     */
    public static String trimSpaces(String text) {
        int begin = 0;
        int end = text.length();
        while (begin < end && text.charAt(begin) == ' ') {
            begin++;
        }
        while (end > begin && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(begin, end);
    }

    /**
     * Whether a number's digits before any exponent are not all zero: "1e-400" reads as 0 but was not written as
     * zero, and must not become a measured zero.
     */
    public static boolean writtenAsNonZero(String text) {
        String t = text.trim();
        int e = Math.max(t.indexOf('e'), t.indexOf('E'));
        String mantissa = e < 0 ? t : t.substring(0, e);
        return mantissa.chars().anyMatch(c -> c >= '1' && c <= '9');
    }

    /** Why an amount per 100 g is not accepted, or null when it is. */
    public static String amountProblem(double value) {
        if (!Double.isFinite(value)) {
            return Messages.get("rule.amount.nan");
        }
        if (value < 0) {
            return Messages.get("rule.amount.negative");
        }
        if (value > MAX_MICROGRAMS_PER_100G) {
            return Messages.get("rule.amount.huge", Numbers.shown(MAX_MICROGRAMS_PER_100G));
        }
        if (value > 0 && value < MIN_MICROGRAMS_PER_100G) {
            return Messages.get("rule.amount.tiny", Numbers.shown(MIN_MICROGRAMS_PER_100G, 3));
        }
        return null;
    }
}
