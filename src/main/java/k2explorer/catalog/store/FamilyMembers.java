package k2explorer.catalog.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import k2explorer.catalog.FoodFamily;

/**
 * A family's members gathered one (member, same food, note) at a time, as the family_member table and the snapshot
 * both hold them: the one place a stored family is put together.
 */
final class FamilyMembers {
    private final List<String> members = new ArrayList<>();
    private final List<String> same = new ArrayList<>();
    private final Map<String, String> notes = new HashMap<>();

    void add(String food, boolean sameFood, String note) {
        members.add(food);
        if (sameFood) {
            same.add(food);
        }
        notes.put(food, note);
    }

    FoodFamily family(String id, String name) {
        return new FoodFamily(id, name, members, same, notes);
    }
}
