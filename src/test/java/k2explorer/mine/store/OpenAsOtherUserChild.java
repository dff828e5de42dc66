package k2explorer.mine.store;

import java.nio.file.Path;
import k2explorer.mine.foods.MyFoods;
import k2explorer.mine.plans.Plans;

/**
 * Run in a child JVM as another user by {@link UserDataStoreTest}: opens the user data in a folder and prints what
 * a user would see (status, message, their foods and plans) and whether a save was refused, one fact a line.
 */
public final class OpenAsOtherUserChild {
    private OpenAsOtherUserChild() {
    }

    public static void main(String[] args) {
        UserDataStore.Opened opened = UserDataStore.open(Path.of(args[0]));
        try (UserDataStore store = opened.store()) {
            System.out.println("status=" + opened.status());
            System.out.println("message=" + opened.message().replace('\n', ' '));
            new MyFoods(store).all().forEach(f -> System.out.println("food=" + f.name()));
            new Plans(store).all().forEach(p -> System.out.println("plan=" + p.name()));
            try {
                new MyFoods(store).save(UserDataStoreTest.natto("Not saved"));
                System.out.println("saved=yes");
            } catch (UserDataException e) {
                System.out.println("saved=no " + e.getMessage().replace('\n', ' '));
            }
        }
    }
}
