package k2explorer.ui.common;

import java.util.Collection;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import k2explorer.i18n.Messages;

/**
 * How the window shows a value of a closed set (a verdict, a study design, a plan unit …): its label from the
 * message bundle under {@code enum.<Type>.<CONSTANT>}. The domain enums carry no display text of their own (their
 * {@code toString()} is their constant name, and files keep their codes), so every box, cell and printed page
 * asks here.
 */
public final class EnumLabels {
    private EnumLabels() {
    }

    /** The value's label ("Randomised trial"). */
    public static String of(Enum<?> value) {
        return Messages.label(value);
    }

    /** The value's short label for a narrow column ("RCT"): key {@code enum.<Type>.<CONSTANT>.short}. */
    public static String shortOf(Enum<?> value) {
        return Messages.label(value, "short");
    }

    /** Values added up, in their declared order, by label: "MK-4 + MK-7". */
    public static String sum(Collection<? extends Enum<?>> values) {
        return values.stream().sorted(Comparator.comparingInt(Enum::ordinal)).map(EnumLabels::of)
                .collect(Collectors.joining(" + "));
    }

    /** Shows each value by its label; no value shows as {@code none} (e.g. "All verdicts"). */
    public static <E extends Enum<E>> StringConverter<E> converter(String none) {
        return shown(EnumLabels::of, none);
    }

    /** Shows each value by {@code label}; no value shows as {@code none}. Only for showing: nothing is typed in. */
    public static <T> StringConverter<T> shown(Function<? super T, String> label, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /**
     * A filter box: "all" ({@code all}, no value) first, then every value by its label; bound both ways to the
     * view-model's filter property.
     */
    public static <E extends Enum<E>> ComboBox<E> filter(E[] values, String all, ObjectProperty<E> property) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setConverter(converter(all));
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    /** A box of the given values, each shown by its label. */
    @SafeVarargs
    public static <E extends Enum<E>> ComboBox<E> comboBox(E... values) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setConverter(converter(""));
        return box;
    }
}
