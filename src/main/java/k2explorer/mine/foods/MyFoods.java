package k2explorer.mine.foods;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import k2explorer.catalog.KForm;
import k2explorer.i18n.Messages;
import k2explorer.mine.store.UserDataStore;

/** Create, edit, delete and list the user's own foods. Every change is one transaction. */
public final class MyFoods {
    private final UserDataStore store;

    public MyFoods(UserDataStore store) {
        this.store = store;
    }

    public List<MyFood> all() {
        return read().items();
    }

    /** The foods that can be shown, and the rows that could not be read (their foods are left out, untouched). */
    public Read<MyFood> read() {
        return store.read(c -> {
            List<UnreadRow> unread = new ArrayList<>();
            return new Read<>(readAll(c, unread), unread);
        }, new Read<>(List.of(), List.of()));
    }

    /** What reading found: what can be shown, and what could not be read. */
    public record Read<T>(List<T> items, List<UnreadRow> unread) {
        public Read {
            items = List.copyOf(items);
            unread = List.copyOf(unread);
        }
    }

    static List<MyFood> readAll(Connection c) throws SQLException {
        return readAll(c, new ArrayList<>());
    }

    /**
     * Reads every food row by row: a food with a row this version cannot take (an unknown form, an amount out of
     * range or not a number, a missing name) is left out and its rows are added to {@code unread}.
     */
    static List<MyFood> readAll(Connection c, List<UnreadRow> unread) throws SQLException {
        Map<String, Map<KForm, Double>> values = new HashMap<>();
        Set<String> bad = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT food_id, form, ug_per_100g FROM my_food_value");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                String formText = rs.getString(2);
                Object amount = rs.getObject(3);
                KForm form = byName(formText);
                if (form == null) {
                    unread.add(new UnreadRow("my_food_value", id, "form", formText));
                    bad.add(id);
                } else if (!(amount instanceof Number n) || MyFoodRules.amountProblem(n.doubleValue()) != null) {
                    unread.add(new UnreadRow("my_food_value", id, "ug_per_100g", String.valueOf(amount)));
                    bad.add(id);
                } else {
                    values.computeIfAbsent(id, k -> new EnumMap<>(KForm.class)).put(form, n.doubleValue());
                }
            }
        }
        Map<String, List<MyFood.MyPortion>> portions = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT food_id, label, grams FROM my_food_portion ORDER BY food_id, seq");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
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
            }
        }
        List<MyFood> foods = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id, name, food_group, source_text FROM my_food ORDER BY name COLLATE NOCASE");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                String name = rs.getString(2);
                if (id == null || name == null || name.isBlank() || rs.getString(4) == null) {
                    unread.add(new UnreadRow("my_food", String.valueOf(id), id == null ? "id"
                            : name == null || name.isBlank() ? "name" : "source_text", name));
                    continue;
                }
                String tooLong = tooLong(id, name, rs.getString(3), rs.getString(4));
                if (tooLong != null) {
                    // A text far beyond what can be saved (a hand edit, a 10 MB name) would stall every view.
                    unread.add(new UnreadRow("my_food", id, tooLong, "…"));
                    continue;
                }
                if (!bad.contains(id)) {
                    foods.add(new MyFood(id, name, rs.getString(3), rs.getString(4),
                            values.getOrDefault(id, Map.of()), portions.getOrDefault(id, List.of())));
                }
            }
        }
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

    /** The form stored under its enum name, or null for a name this version does not know. */
    private static KForm byName(String name) {
        for (KForm f : KForm.values()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** Saves a new food (id null or blank) or the edited one; problems are returned, nothing is saved then. */
    public SaveResult save(MyFood food) {
        return store.write(c -> {
            Set<String> others = namesExcept(c, food.id());
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
        store.write(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM my_food WHERE id = ?")) {
                p.setString(1, id);
                return p.executeUpdate();
            }
        });
    }

    static Set<String> namesExcept(Connection c, String id) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, name FROM my_food");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                if (!rs.getString(1).equals(id)) {
                    names.add(MyFoodRules.plainSpaces(rs.getString(2)).trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    static Set<String> ids(Connection c) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM my_food");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** The ids of every food in the file, shown or not. */
    public Set<String> ids() {
        return store.read(MyFoods::ids, Set.of());
    }

    public static void upsert(Connection c, MyFood food) throws SQLException {
        String now = Instant.now().toString();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO my_food (id, name, food_group, source_text, "
                + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = "
                + "excluded.name, food_group = excluded.food_group, source_text = excluded.source_text, "
                + "updated_at = excluded.updated_at")) {
            p.setString(1, food.id());
            p.setString(2, MyFoodRules.plainSpaces(food.name()).trim());
            p.setString(3, food.group() == null || food.group().isBlank() ? Messages.get("myFood.defaultGroup")
                    : MyFoodRules.plainSpaces(food.group()).trim());
            p.setString(4, MyFoodRules.plainSpaces(food.sourceText()).trim());
            p.setString(5, now);
            p.setString(6, now);
            p.executeUpdate();
        }
        for (String table : List.of("my_food_value", "my_food_portion")) {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE food_id = ?")) {
                p.setString(1, food.id());
                p.executeUpdate();
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO my_food_value (food_id, form, ug_per_100g) VALUES (?, ?, ?)")) {
            for (Map.Entry<KForm, Double> e : new LinkedHashMap<>(food.per100g()).entrySet()) {
                p.setString(1, food.id());
                p.setString(2, e.getKey().name());
                p.setDouble(3, e.getValue());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO my_food_portion (food_id, seq, label, grams) VALUES (?, ?, ?, ?)")) {
            int seq = 0;
            for (MyFood.MyPortion portion : food.portions()) {
                p.setString(1, food.id());
                p.setInt(2, seq++);
                p.setString(3, MyFoodRules.plainSpaces(portion.label()).trim());
                p.setDouble(4, portion.grams());
                p.addBatch();
            }
            p.executeBatch();
        }
    }
}
