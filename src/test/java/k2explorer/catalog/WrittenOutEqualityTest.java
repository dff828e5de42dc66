package k2explorer.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The records whose equals and hashCode are written out by hand (the catalog reader shares equal instances) mean
 * what a record's generated ones mean: equal when every component is, unequal when any one differs — a component
 * added later and left out of them fails here.
 */
class WrittenOutEqualityTest {

    @Test
    void kValueComparesEveryComponent() {
        eachComponentCounts(KValue.class, KForm.MK7, ValueState.MEASURED, 12.5, ValueKind.values()[0], "usda",
                EvidenceLevel.values()[0], new ValueStats(3, 0.5, 1.0, 2.0, "1", "A", "01/2010"), List.of("p1"),
                Attribution.values()[0], "3", "note");
    }

    @Test
    void portionComparesEveryComponent() {
        eachComponentCounts(Portion.class, 1, 1.0, "oz", 28.35, "usda");
    }

    @Test
    void valueStatsComparesEveryComponent() {
        eachComponentCounts(ValueStats.class, 3, 0.5, 1.0, 2.0, "1", "A", "01/2010");
        assertTrue(new ValueStats(null, null, null, null, null, null, null).isEmpty());
    }

    /** The target's records, compared while the window starts (written out so no method handles are made then). */
    @Test
    void targetRecordsCompareEveryComponent() {
        eachComponentCounts(k2explorer.coverage.TargetPreset.class, "FDA_DV", "FDA", "adults", 120.0, 0.0, "K1",
                "21 CFR 101.9", "https://example.org", "2024");
        eachComponentCounts(k2explorer.ui.coverage.TargetOption.class, "FDA_DV", "FDA, adults: 120 µg/day",
                new k2explorer.coverage.TargetPreset("FDA_DV", "FDA", "adults", 120.0, 0.0, "K1", "c", "l", "2024"));
        eachComponentCounts(k2explorer.coverage.DailyTarget.class, "FDA", 120.0,
                k2explorer.coverage.CountedForms.TOTAL_K);
        eachComponentCounts(k2explorer.ui.foods.SortKey.class, k2explorer.ui.foods.FoodColumn.NAME, true);
    }

    @Test
    void doublesCompareAsTheRecordsGeneratedMethodsDo() {
        assertEquals(new Portion(1, Double.NaN, "oz", 28, "s"), new Portion(1, Double.NaN, "oz", 28, "s"));
        assertNotEquals(new Portion(1, 0.0, "oz", 28, "s"), new Portion(1, -0.0, "oz", 28, "s"));
        assertEquals(KValue.measured(KForm.K1, 0, ValueKind.values()[0], "s", EvidenceLevel.values()[0], "", ""),
                KValue.measured(KForm.K1, 0, ValueKind.values()[0], "s", EvidenceLevel.values()[0], "", ""));
    }

    private static <R extends Record> void eachComponentCounts(Class<R> type, Object... base) {
        RecordComponent[] components = type.getRecordComponents();
        assertEquals(components.length, base.length, "one value per component of " + type.getSimpleName());
        R original = make(type, base);
        R same = make(type, base.clone());
        assertEquals(original, same);
        assertEquals(original.hashCode(), same.hashCode());
        for (int i = 0; i < components.length; i++) {
            boolean tried = false;
            for (Object other : others(base[i], components[i].getType())) {
                Object[] changed = base.clone();
                changed[i] = other;
                R differing;
                try {
                    differing = make(type, changed);
                } catch (IllegalArgumentException refused) {
                    continue; // e.g. a value state that does not fit the amount
                }
                tried = true;
                assertNotEquals(original, differing, type.getSimpleName() + "." + components[i].getName());
                assertNotEquals(differing, original, type.getSimpleName() + "." + components[i].getName());
            }
            assertTrue(tried, "no other value tried for " + components[i].getName());
        }
    }

    /** Values other than {@code value} for a component of this type. */
    private static List<Object> others(Object value, Class<?> type) {
        List<Object> others = new ArrayList<>();
        if (type.isEnum()) {
            Arrays.stream(type.getEnumConstants()).filter(c -> c != value).forEach(others::add);
            return others;
        }
        if (type == double.class || type == Double.class) {
            others.add((Double) value + 1);
            if (type == Double.class) {
                others.add(null);
            }
        } else if (type == int.class || type == Integer.class) {
            others.add((Integer) value + 1);
            if (type == Integer.class) {
                others.add(null);
            }
        } else if (type == boolean.class) {
            others.add(!(Boolean) value);
        } else if (type == String.class) {
            others.add(value + " other");
            others.add(null);
        } else if (type == List.class) {
            others.add(List.of("other"));
        } else if (type == ValueStats.class) {
            others.add(ValueStats.NONE);
        } else if (type == k2explorer.coverage.TargetPreset.class) {
            others.add(null);
            others.add(new k2explorer.coverage.TargetPreset("EFSA", "EFSA", "adults", 0.0, 1.0, "K1", "c", "l", "2017"));
        } else {
            throw new AssertionError("no other value for " + type);
        }
        return others;
    }

    private static <R extends Record> R make(Class<R> type, Object[] args) {
        Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException refused) {
                throw refused;
            }
            if (e.getCause() instanceof NullPointerException refused) {
                throw new IllegalArgumentException(refused); // a component that may not be null
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
