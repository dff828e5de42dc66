package k2explorer.mine.foods;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import k2explorer.catalog.KForm;
import k2explorer.i18n.Messages;
import k2explorer.mine.store.StoredItems;
import k2explorer.mine.store.StoredRows;
import k2explorer.mine.store.UnreadRow;
import k2explorer.mine.store.UserDataStore;
import k2explorer.storage.Sql;

/** Create, edit, delete and list the user's own foods. Every change is one transaction. */
public final class MyFoods extends StoredItems<MyFood> {
    public MyFoods(UserDataStore store) {
        super(store, TakenNames.FOODS, "store.what.foods", MyFoods::readAll);
    }

    /**
     * Reads every food row by row: a food with a row this version cannot take (an unknown form, an amount out of
     * range or not a number, a missing name) is left out and its rows are added to {@code unread}.
     */
    static List<MyFood> readAll(Connection c, List<UnreadRow> unread) throws SQLException {
        Map<String, Map<KForm, Double>> values = new HashMap<>();
        Set<String> bad = new HashSet<>();
        Sql.eachRow(c, "SELECT food_id, form, ug_per_100g FROM my_food_value", rs -> {
            String id = rs.getString(1);
            String formText = rs.getString(2);
            Object amount = rs.getObject(3);
            KForm form = StoredRows.constant(KForm.class, formText);
            if (form == null) {
                unread.add(new UnreadRow("my_food_value", id, "form", formText));
                bad.add(id);
            } else if (!(amount instanceof Number n) || MyFoodRules.amountProblem(n.doubleValue()) != null) {
                unread.add(new UnreadRow("my_food_value", id, "ug_per_100g", String.valueOf(amount)));
                bad.add(id);
            } else {
                values.computeIfAbsent(id, k -> new EnumMap<>(KForm.class)).put(form, n.doubleValue());
            }
        });
        Map<String, List<MyFood.MyPortion>> portions = new HashMap<>();
        Sql.eachRow(c, "SELECT food_id, label, grams FROM my_food_portion ORDER BY food_id, seq", rs -> {
            String id = rs.getString(1);
            String label = rs.getString(2);
            Object grams = rs.getObject(3);
            if (label == null || label.length() > MyFoodRules.MAX_LABEL_LENGTH) {
                unread.add(new UnreadRow("my_food_portion", id, "label", label == null ? null : "…"));
                bad.add(id);
            } else if (!(grams instanceof Number n) || !(n.doubleValue() > 0)
                    || n.doubleValue() > MyFoodRules.MAX_PORTION_GRAMS) {
                unread.add(new UnreadRow("my_food_portion", id, "grams", String.valueOf(grams)));
                bad.add(id);
            } else {
                portions.computeIfAbsent(id, k -> new ArrayList<>()).add(new MyFood.MyPortion(label,
                        n.doubleValue()));
            }
        });
        List<MyFood> foods = new ArrayList<>();
        Sql.eachRow(c, "SELECT id, name, food_group, source_text FROM my_food ORDER BY name COLLATE NOCASE", rs -> {
            String id = rs.getString(1);
            String name = rs.getString(2);
            if (id == null || name == null || name.isBlank() || rs.getString(4) == null) {
                unread.add(new UnreadRow("my_food", String.valueOf(id), id == null ? "id"
                        : name == null || name.isBlank() ? "name" : "source_text", name));
                return;
            }
            String tooLong = tooLong(id, name, rs.getString(3), rs.getString(4));
            if (tooLong != null) {
                // A text far beyond what can be saved (a hand edit, a 10 MB name) would stall every view.
                unread.add(new UnreadRow("my_food", id, tooLong, "…"));
            } else if (!bad.contains(id)) {
                foods.add(new MyFood(id, name, rs.getString(3), rs.getString(4),
                        values.getOrDefault(id, Map.of()), portions.getOrDefault(id, List.of())));
            }
        });
        return foods;
    }

    /** The column of a food whose text is longer than the app saves, or null. */
    private static String tooLong(String id, String name, String group, String source) {
        if (id.length() > MyFoodRules.MAX_ID_LENGTH) {
            return "id";
        }
        if (name.length() > MyFoodRules.MAX_NAME_LENGTH) {
            return "name";
        }
        if (group != null && group.length() > MyFoodRules.MAX_GROUP_LENGTH) {
            return "food_group";
        }
        return source.length() > MyFoodRules.MAX_SOURCE_LENGTH ? "source_text" : null;
    }

    /** Saves a new food (id null or blank) or the edited one; problems are returned, nothing is saved then. */
    public SaveResult save(MyFood food) {
        return store.write(Messages.get("store.what.food", Messages.clip(String.valueOf(food.name()))), c -> {
            Set<String> others = TakenNames.in(c, TakenNames.FOODS, food.id());
            List<FieldProblem> problems = MyFoodRules.check(food, others);
            if (!problems.isEmpty()) {
                return new SaveResult(null, problems);
            }
            MyFood saved = food.id() == null || food.id().isBlank()
                    ? new MyFood(UUID.randomUUID().toString(), food.name(), food.group(), food.sourceText(),
                    food.per100g(), food.portions())
                    : food;
            upsert(c, saved);
            return new SaveResult(saved, List.of());
        });
    }

    public record SaveResult(MyFood saved, List<FieldProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public void delete(String id) {
        deleteById(id, "store.what.foodDeleted");
    }

    static Set<String> ids(Connection c) throws SQLException {
        Set<String> ids = new HashSet<>();
        Sql.eachRow(c, "SELECT id FROM my_food", rs -> ids.add(rs.getString(1)));
        return ids;
    }

    /** The names of every food in the file, shown or not, as {@link MyFoodRules#nameKey} keys them. */
    public Set<String> nameKeys() {
        return store.read(Messages.get("store.what.foods"), c -> TakenNames.in(c, TakenNames.FOODS, null), Set.of());
    }

    /** Of {@code nameKeys} (as {@link #nameKeys} read them), the names held only by foods this version cannot read. */
    public Set<String> unreadNameKeys(Set<String> nameKeys) {
        return heldOnlyByUnread(nameKeys, food -> MyFoodRules.nameKey(food.name()));
    }

    /** The ids of every food in the file, shown or not. */
    public Set<String> ids() {
        return store.read(Messages.get("store.what.foods"), MyFoods::ids, Set.of());
    }

    public static void upsert(Connection c, MyFood food) throws SQLException {
        String now = Instant.now().toString();
        Sql.update(c, "INSERT INTO my_food (id, name, food_group, source_text, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
                + "food_group = excluded.food_group, source_text = excluded.source_text, "
                + "updated_at = excluded.updated_at", food.id(), MyFoodRules.plainSpaces(food.name()).trim(),
                food.group() == null || food.group().isBlank() ? Messages.get("myFood.defaultGroup")
                        : MyFoodRules.plainSpaces(food.group()).trim(),
                MyFoodRules.plainSpaces(food.sourceText()).trim(), now, now);
        for (String table : List.of("my_food_value", "my_food_portion")) {
            Sql.update(c, "DELETE FROM " + table + " WHERE food_id = ?", food.id());
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO my_food_value (food_id, form, ug_per_100g) VALUES (?, ?, ?)")) {
            for (Map.Entry<KForm, Double> e : new LinkedHashMap<>(food.per100g()).entrySet()) {
                Sql.addRow(p, food.id(), e.getKey().name(), e.getValue());
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO my_food_portion (food_id, seq, label, grams) VALUES (?, ?, ?, ?)")) {
            int seq = 0;
            for (MyFood.MyPortion portion : food.portions()) {
                Sql.addRow(p, food.id(), seq++, MyFoodRules.plainSpaces(portion.label()).trim(), portion.grams());
            }
            p.executeBatch();
        }
    }
}
