package k2explorer.mine.foods;

import k2explorer.catalog.KForm;
import k2explorer.i18n.Messages;

/** Why one field of a food is not accepted, worded to show next to that field. */
public record FieldProblem(String field, String message) {
    public static final String NAME = "name";
    public static final String SOURCE = "source";
    public static final String GROUP = "group";
    public static final String PORTION = "portion";
    public static final String ID = "id";

    /** The field of an amount of one form, e.g. "MK-7". */
    public static String amountField(KForm form) {
        return Messages.label(form);
    }
}
