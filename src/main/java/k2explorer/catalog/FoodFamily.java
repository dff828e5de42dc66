package k2explorer.catalog;

import java.util.List;
import java.util.Map;

/**
 * Foods from different sources that are the same food (or belong together, e.g. Gouda cheeses), shown side by side
 * with their spread; never merged into one number.
 *
 * @param members  food ids in the catalog's order
 * @param sameFood the members that are the very same food and state (the others are only similar)
 * @param notes    why each member belongs, by food id
 */
public record FoodFamily(String id, String name, List<String> members, List<String> sameFood,
                         Map<String, String> notes) {

    public FoodFamily {
        members = List.copyOf(members);
        sameFood = List.copyOf(sameFood);
        notes = Map.copyOf(notes);
    }

    public boolean isSameFood(String foodId) {
        return sameFood.contains(foodId);
    }
}
