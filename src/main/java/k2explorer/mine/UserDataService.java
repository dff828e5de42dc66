package k2explorer.mine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import k2explorer.catalog.Catalog;
import k2explorer.i18n.Messages;
import k2explorer.mine.foods.FieldProblem;
import k2explorer.mine.foods.ImportOutcome;
import k2explorer.mine.foods.MyFood;
import k2explorer.mine.foods.MyFoodCsv;
import k2explorer.mine.foods.MyFoodRules;
import k2explorer.mine.foods.MyFoods;
import k2explorer.mine.plans.DayPlan;
import k2explorer.mine.plans.PlanCsv;
import k2explorer.mine.plans.Plans;
import k2explorer.mine.store.SettingsFile;
import k2explorer.mine.store.StoredRows;
import k2explorer.mine.store.UnreadRow;
import k2explorer.mine.store.UserDataException;
import k2explorer.mine.store.UserDataStore;

/**
 * The user's own library beside the bundled catalog: their foods, their day plans, import and export, backup and
 * restore, and the catalog with their foods merged in. Plain Java with typed results; every method reads or writes
 * the user data file, so call it off the UI thread.
 */
public final class UserDataService implements AutoCloseable {
    /**
     * What the user has now, and the catalog with their foods in it; {@code unread} names rows of the file this
     * version could not read (left untouched; their foods and plans are not in the lists).
     */
    public record Contents(Catalog catalog, List<MyFood> myFoods, List<DayPlan> plans, List<UnreadRow> unread) {
        public Contents(Catalog catalog, List<MyFood> myFoods, List<DayPlan> plans) {
            this(catalog, myFoods, plans, List.of());
        }
    }

    /**
     * The library as opened at start-up, with what to tell the user ({@code message} empty when nothing);
     * {@code status} is null when the file could not be opened at all (the library is then read-only and empty).
     */
    public record Opening(UserDataService library, Contents contents, UserDataStore.Status status, String message) {
    }

    /** A food saved (with the library after it), or the reasons it was refused. */
    public record FoodSave(MyFood saved, List<FieldProblem> problems, Contents contents) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** An import read: {@code contents} is the library after it, or null when a bad line stopped it. */
    public record Import(ImportOutcome<MyFood> parsed, Contents contents) {
    }

    /**
     * A plan import: what the file held, and the saved plans afterwards (null when nothing was imported);
     * {@code unknownFoods} names, for each imported plan, foods that are neither in the catalog nor among the user's
     * foods (they are imported as they are and shown as no longer in the catalog; import the foods to fix them).
     */
    public record PlanImport(ImportOutcome<DayPlan> parsed, List<DayPlan> plans, List<String> unknownFoods) {
        public PlanImport(ImportOutcome<DayPlan> parsed, List<DayPlan> plans) {
            this(parsed, plans, List.of());
        }
    }

    public record PlanSave(DayPlan saved, List<DayPlan> plans) {
    }

    /**
     * After a restore: where the data replaced by it was kept, the restored library, and the settings the backup
     * carries (empty for an older backup); they are applied only if the user asks.
     */
    public record Restore(Path previous, Contents contents, Map<String, String> preferences) {
        public Restore(Path previous, Contents contents) {
            this(previous, contents, Map.of());
        }
    }

    private final Catalog base;
    private final UserDataStore store;
    private final String unavailable;

    private UserDataService(Catalog base, UserDataStore store, String unavailable) {
        this.base = base;
        this.store = store;
        this.unavailable = unavailable;
    }

    /** Opens the user data file in {@code dataDirectory} beside the catalog {@code base}. */
    public static Opening open(Path dataDirectory, Catalog base) {
        UserDataService library;
        UserDataStore.Opened opened;
        try {
            opened = UserDataStore.open(dataDirectory);
        } catch (UserDataException e) {
            String message = Messages.get("startup.userDataUnavailable", e.getMessage());
            library = new UserDataService(base, null, message);
            return new Opening(library, library.contents(), null, message);
        }
        library = new UserDataService(base, opened.store(), null);
        Contents contents;
        try {
            contents = library.contents();
        } catch (UserDataException e) {
            // The catalog and the window never depend on the user's file being readable.
            contents = new Contents(base, List.of(), List.of());
            return new Opening(library, contents, opened.status(), join(opened.message(), e.getMessage()));
        }
        return new Opening(library, contents, opened.status(), join(opened.message(),
                UnreadRow.message(opened.store().file(), contents.unread())));
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : second.isEmpty() ? first : first + " " + second;
    }

    /** The store itself, or null when it could not be opened. */
    public UserDataStore store() {
        return store;
    }

    public boolean readOnly() {
        return store == null || store.readOnly();
    }

    /** Why nothing can be written; empty when it can. */
    public String readOnlyReason() {
        if (store == null) {
            return unavailable;
        }
        return store.readOnly() ? store.readOnlyReason() : "";
    }

    public boolean available() {
        return store != null;
    }

    public Path file() {
        return store == null ? null : store.file();
    }

    public Contents contents() {
        if (store == null) {
            return new Contents(base, List.of(), List.of());
        }
        StoredRows<MyFood> mine = new MyFoods(store).read();
        StoredRows<DayPlan> plans = new Plans(store).read();
        List<UnreadRow> unread = new java.util.ArrayList<>(mine.unread());
        unread.addAll(plans.unread());
        return new Contents(merged(mine.items()), mine.items(), plans.items(), unread);
    }

    private Catalog merged(List<MyFood> mine) {
        return base.withFoods(mine.stream().map(MyFood::toCatalogFood).toList(),
                mine.stream().map(MyFood::source).toList());
    }

    /** Lower-case names of the user's foods other than {@code exceptId}, for the uniqueness rule. */
    public static Set<String> otherNames(List<MyFood> foods, String exceptId) {
        Set<String> names = new HashSet<>();
        for (MyFood f : foods) {
            if (!f.id().equals(exceptId)) {
                names.add(MyFoodRules.nameKey(f.name()));
            }
        }
        return names;
    }

    public FoodSave saveMyFood(MyFood food) {
        MyFoods.SaveResult result = new MyFoods(requireStore()).save(food);
        return new FoodSave(result.saved(), result.problems(), result.ok() ? contents() : null);
    }

    public Contents deleteMyFood(String id) {
        new MyFoods(requireStore()).delete(id);
        return contents();
    }

    /** Reads and checks a CSV of foods, and imports it only if every line is good. */
    public Import importMyFoods(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        MyFoods foods = new MyFoods(requireStore());
        Set<String> taken = foods.nameKeys();
        ImportOutcome<MyFood> parsed = MyFoodCsv.parse(bytes, taken, foods.ids(), foods.unreadNameKeys(taken));
        if (!parsed.ok()) {
            return new Import(parsed, null);
        }
        MyFoodCsv.importInto(store, parsed);
        return new Import(parsed, contents());
    }

    /** Reads and checks a CSV of plans, and adds them only if every line is good. */
    public PlanImport importPlans(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Plans plans = new Plans(requireStore());
        Set<String> taken = plans.nameKeys();
        ImportOutcome<DayPlan> parsed = PlanCsv.parse(bytes, taken, plans.unreadNameKeys(taken));
        if (!parsed.ok()) {
            return new PlanImport(parsed, null);
        }
        Catalog known = merged(new MyFoods(requireStore()).all());
        List<String> unknown = new java.util.ArrayList<>();
        for (DayPlan plan : parsed.items()) {
            plan.items().stream().filter(i -> known.food(i.foodId()).isEmpty())
                    .map(i -> Messages.get("import.plan.unknownFood", plan.name(), i.foodId(), i.foodName()))
                    .distinct().forEach(unknown::add);
        }
        plans.importAll(parsed.items());
        return new PlanImport(parsed, plans.all(), unknown);
    }

    public PlanSave savePlan(DayPlan plan) {
        Plans plans = new Plans(requireStore());
        DayPlan saved = plans.save(plan);
        return new PlanSave(saved, plans.all());
    }

    public List<DayPlan> deletePlan(long id) {
        Plans plans = new Plans(requireStore());
        plans.delete(id);
        return plans.all();
    }

    /** Backs up the user's data with the settings saved beside it (target, counted forms, theme, columns …). */
    public void backupTo(Path target) {
        UserDataStore s = requireStore();
        Map<String, String> preferences;
        try {
            preferences = new SettingsFile(s.file().getParent()).load();
        } catch (IOException e) {
            // A damaged settings file does not stop a backup of the data.
            preferences = Map.of();
        }
        s.backupTo(target, preferences);
    }

    public Restore restoreFrom(Path backup) {
        UserDataStore s = requireStore();
        UserDataStore.Restored restored = s.restoreFrom(backup);
        return new Restore(restored.previous(), contents(), restored.preferences());
    }

    /** Writes the user's foods in the import format; returns how many. */
    public int exportMyFoods(Path target) throws IOException {
        List<MyFood> mine = store == null ? List.of() : new MyFoods(store).all();
        MyFoodCsv.export(mine, target);
        return mine.size();
    }

    /** Writes the saved plans with their amounts from the catalog; returns how many lines. */
    public int exportPlans(Path target) throws IOException {
        Contents now = contents();
        return PlanCsv.export(now.plans(), now.catalog(), target);
    }

    private UserDataStore requireStore() {
        if (store == null) {
            throw new UserDataException(unavailable);
        }
        return store;
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}
