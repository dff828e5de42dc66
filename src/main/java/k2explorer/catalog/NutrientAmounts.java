package k2explorer.catalog;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A food's other nutrients as a read-only map backed by one array (NaN = not measured): ten thousand foods keep
 * no map entries and no boxed numbers in memory.
 */
final class NutrientAmounts extends AbstractMap<Nutrient, Double> {
    private static final Nutrient[] NUTRIENTS = Nutrient.values();
    private final double[] amounts;
    private final int size;

    private NutrientAmounts(double[] amounts) {
        this.amounts = amounts;
        int n = 0;
        for (double a : amounts) {
            n += Double.isNaN(a) ? 0 : 1;
        }
        this.size = n;
    }

    static Map<Nutrient, Double> of(Map<Nutrient, Double> nutrients) {
        if (nutrients instanceof NutrientAmounts) {
            return nutrients;
        }
        if (nutrients.isEmpty()) {
            return Map.of();
        }
        double[] amounts = new double[NUTRIENTS.length];
        Arrays.fill(amounts, Double.NaN);
        nutrients.forEach((n, amount) -> amounts[n.ordinal()] = amount);
        return new NutrientAmounts(amounts);
    }

    /** The amounts by the nutrients' ordinals, NaN for not measured (the array is kept, not copied). */
    static Map<Nutrient, Double> ofArray(double[] amounts) {
        if (amounts.length != NUTRIENTS.length) {
            throw new IllegalArgumentException("one amount per nutrient expected, got " + amounts.length);
        }
        NutrientAmounts map = new NutrientAmounts(amounts);
        return map.size == 0 ? Map.of() : map;
    }

    @Override
    public Double get(Object key) {
        if (!(key instanceof Nutrient n) || Double.isNaN(amounts[n.ordinal()])) {
            return null;
        }
        return amounts[n.ordinal()];
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<Nutrient, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Nutrient, Double>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int i = from;
                        while (i < amounts.length && Double.isNaN(amounts[i])) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < amounts.length;
                    }

                    @Override
                    public Entry<Nutrient, Double> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Entry<Nutrient, Double> e = new SimpleImmutableEntry<>(NUTRIENTS[next], amounts[next]);
                        next = advance(next + 1);
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
