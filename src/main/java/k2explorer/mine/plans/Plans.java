package k2explorer.mine.plans;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import k2explorer.i18n.Dates;
import k2explorer.i18n.Messages;
import k2explorer.i18n.Numbers;
import k2explorer.mine.foods.ImportProblem;
import k2explorer.mine.foods.MyFoodRules;
import k2explorer.mine.foods.TakenNames;
import k2explorer.mine.store.StoredItems;
import k2explorer.mine.store.StoredRows;
import k2explorer.mine.store.UnreadRow;
import k2explorer.mine.store.UserDataException;
import k2explorer.mine.store.UserDataStore;
import k2explorer.storage.Sql;

/** Saved day plans. Saving a plan replaces it whole in one transaction, so a plan is never half-saved. */
public final class Plans extends StoredItems<DayPlan> {
    public Plans(UserDataStore store) {
        super(store, TakenNames.PLANS, "store.what.plans", Plans::readAll);
    }

    /** The names of every plan in the file, shown or not, as {@link MyFoodRules#nameKey} keys them. */
    public Set<String> nameKeys() {
        return store.read(Messages.get("store.what.plans"), c -> TakenNames.in(c, TakenNames.PLANS, null), Set.of());
    }

    /**
     * Of {@code nameKeys} (as {@link #nameKeys} read them), the names held only by plans this version cannot read:
     * kept in the file but not shown, so the user can neither see nor delete them.
     */
    public Set<String> unreadNameKeys(Set<String> nameKeys) {
        return heldOnlyByUnread(nameKeys, plan -> MyFoodRules.nameKey(plan.name()));
    }

    /**
     * Reads every plan row by row: a plan with a row this version cannot take (an unknown unit, an amount out of
     * range, a date that is not ISO or not in {@link DayPlan#EARLIEST}…{@link DayPlan#LATEST}) is left out and its
     * rows are added to {@code unread}.
     */
    static List<DayPlan> readAll(Connection c, List<UnreadRow> unread) throws SQLException {
        Map<Long, List<DayPlan.Item>> items = new HashMap<>();
        Set<Long> bad = new HashSet<>();
        Sql.eachRow(c, "SELECT plan_id, seq, food_id, food_name, amount, unit, portion_label, portion_grams "
                + "FROM plan_item ORDER BY plan_id, seq", rs -> {
            long planId = rs.getLong(1);
            String row = planId + "/" + rs.getString(2);
            String unitText = rs.getString(6);
            PlanUnit unit = StoredRows.constant(PlanUnit.class, unitText);
            Object amount = rs.getObject(5);
            Object portion = rs.getObject(8);
            String problemColumn = null;
            String problemValue = null;
            if (unit == null) {
                problemColumn = "unit";
                problemValue = unitText;
            } else if (!(amount instanceof Number n) || DayPlan.amountProblem(n.doubleValue(), unit) != null) {
                problemColumn = "amount";
                problemValue = String.valueOf(amount);
            } else if (portion != null && !(portion instanceof Number)
                    || unit == PlanUnit.SERVINGS && portion == null) {
                problemColumn = "portion_grams";
                problemValue = String.valueOf(portion);
            } else if (rs.getString(3) == null || rs.getString(3).length() > MyFoodRules.MAX_ID_LENGTH) {
                problemColumn = "food_id";
                problemValue = rs.getString(3) == null ? null : "…";
            } else if (rs.getString(4) != null && rs.getString(4).length() > MyFoodRules.MAX_NAME_LENGTH
                    || rs.getString(7) != null && rs.getString(7).length() > MyFoodRules.MAX_LABEL_LENGTH) {
                problemColumn = rs.getString(7) != null && rs.getString(7).length() > MyFoodRules.MAX_LABEL_LENGTH
                        ? "portion_label" : "food_name";
                problemValue = "…";
            }
            DayPlan.Item item = null;
            if (problemColumn == null) {
                try {
                    item = new DayPlan.Item(rs.getString(3), rs.getString(4) == null ? rs.getString(3)
                            : rs.getString(4), ((Number) amount).doubleValue(), unit, rs.getString(7),
                            portion == null ? null : ((Number) portion).doubleValue());
                } catch (IllegalArgumentException e) {
                    problemColumn = "portion_grams";
                    problemValue = String.valueOf(portion);
                }
            }
            if (item == null) {
                unread.add(new UnreadRow("plan_item", row, problemColumn, problemValue));
                bad.add(planId);
            } else {
                items.computeIfAbsent(planId, k -> new ArrayList<>()).add(item);
            }
        });
        List<DayPlan> plans = new ArrayList<>();
        Sql.eachRow(c, "SELECT id, name, plan_date FROM plan ORDER BY plan_date IS NULL, plan_date, "
                + "name COLLATE NOCASE", rs -> {
            long id = rs.getLong(1);
            String name = rs.getString(2);
            String dateText = rs.getString(3);
            LocalDate date = null;
            boolean dateOk = true;
            if (dateText != null) {
                try {
                    date = Dates.fromFile(dateText);
                    dateOk = DayPlan.dateProblem(date) == null;
                } catch (java.time.format.DateTimeParseException e) {
                    dateOk = false;
                }
            }
            if (name == null || name.isBlank()) {
                unread.add(new UnreadRow("plan", String.valueOf(id), "name", name));
            } else if (name.length() > MyFoodRules.MAX_NAME_LENGTH) {
                unread.add(new UnreadRow("plan", String.valueOf(id), "name", "…"));
            } else if (!dateOk) {
                unread.add(new UnreadRow("plan", String.valueOf(id), "plan_date", dateText));
            } else if (!bad.contains(id)) {
                plans.add(new DayPlan(id, name, date, items.getOrDefault(id, List.of())));
            }
        });
        return plans;
    }

    /**
     * Saves a plan under its name: a new plan, or a replacement of the plan with that id. A name already used by
     * another plan is refused with a message.
     */
    public DayPlan save(DayPlan plan) {
        String name = checkedName(plan);
        return store.write(Messages.get("store.what.plan", Messages.clip(name)), c -> saveIn(c, plan, name));
    }

    /**
     * Adds plans read from a file, all in one transaction: if any name is taken by then, none is added. Returns
     * them as saved, with their ids.
     */
    public List<DayPlan> importAll(List<DayPlan> plans) {
        List<String> names = plans.stream().map(Plans::checkedName).toList();
        return store.write(Messages.get("store.what.importedPlans", plans.size()), c -> {
            List<DayPlan> saved = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                DayPlan p = plans.get(i);
                saved.add(saveIn(c, new DayPlan(null, p.name(), p.date(), p.items()), names.get(i)));
            }
            return saved;
        });
    }

    /**
     * The plan's name, trimmed, once every rule holds (the editor and the import check the same, but the service
     * is what every caller goes through): a name, no control characters and no text longer than its limit anywhere,
     * a date the week view can show, amounts in range, portions with a sensible weight. Else a message naming the
     * item is thrown and nothing is saved.
     */
    static String checkedName(DayPlan plan) {
        String name = plan.name() == null ? "" : MyFoodRules.plainSpaces(plan.name()).trim();
        if (name.isEmpty()) {
            throw new UserDataException(Messages.get("plans.noName"));
        }
        String problem = MyFoodRules.textProblem(plan.name(), MyFoodRules.MAX_NAME_LENGTH);
        if (problem == null) {
            problem = DayPlan.dateProblem(plan.date());
        }
        for (int i = 0; problem == null && i < plan.items().size(); i++) {
            DayPlan.Item item = plan.items().get(i);
            String itemProblem = itemProblem(item);
            if (itemProblem != null) {
                String shown = item.foodName() == null ? String.valueOf(item.foodId()) : item.foodName();
                problem = Messages.get("rule.plan.item", i + 1, Messages.clip(shown), itemProblem);
            }
        }
        if (problem != null) {
            throw new UserDataException(problem);
        }
        return name;
    }

    private static String itemProblem(DayPlan.Item item) {
        if (item.foodId() == null || item.foodId().isBlank()) {
            return Messages.get("rule.plan.foodId");
        }
        if (item.unit() == null) {
            return Messages.get("rule.plan.amount", "", "");
        }
        String problem = MyFoodRules.textProblem(item.foodId(), MyFoodRules.MAX_ID_LENGTH);
        if (problem == null && item.foodName() != null) {
            problem = MyFoodRules.textProblem(item.foodName(), MyFoodRules.MAX_NAME_LENGTH);
        }
        if (problem == null && item.portionLabel() != null) {
            problem = MyFoodRules.textProblem(item.portionLabel(), MyFoodRules.MAX_LABEL_LENGTH);
        }
        if (problem == null) {
            problem = DayPlan.amountProblem(item.amount(), item.unit());
        }
        if (problem == null && item.portionGrams() != null && item.portionGrams() > MyFoodRules.MAX_PORTION_GRAMS) {
            problem = Messages.get("rule.portion.huge", Numbers.shown(MyFoodRules.MAX_PORTION_GRAMS));
        }
        return problem;
    }

    private static DayPlan saveIn(Connection c, DayPlan plan, String name) throws SQLException {
        if (TakenNames.in(c, TakenNames.PLANS, plan.id()).contains(MyFoodRules.nameKey(name))) {
            throw new UserDataException(Messages.get("plans.nameTaken", name));
        }
        String date = plan.date() == null ? null : Dates.file(plan.date());
        String now = Instant.now().toString();
        long id = plan.id() != null && Sql.update(c, "UPDATE plan SET name = ?, plan_date = ?, updated_at = ? "
                + "WHERE id = ?", name, date, now, plan.id()) > 0 ? plan.id() : insert(c, name, date, now);
        Sql.update(c, "DELETE FROM plan_item WHERE plan_id = ?", id);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO plan_item (plan_id, seq, food_id, food_name, "
                + "amount, unit, portion_label, portion_grams) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (DayPlan.Item item : plan.items()) {
                Sql.addRow(p, id, seq++, item.foodId(), item.foodName(), item.amount(), item.unit().name(),
                        item.portionLabel(), item.portionGrams());
            }
            p.executeBatch();
        }
        return new DayPlan(id, name, plan.date(), plan.items());
    }

    private static long insert(Connection c, String name, String date, String now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO plan (name, plan_date, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            Sql.bind(p, name, date, now, now);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public void delete(long id) {
        deleteById(id, "store.what.planDeleted");
    }
}
