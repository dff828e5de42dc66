package k2explorer.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import k2explorer.catalog.Catalog;
import k2explorer.mine.UserDataService;
import k2explorer.ui.async.DirectUiExecutor;
import k2explorer.ui.async.UiExecutor;
import k2explorer.ui.common.Notifier;
import k2explorer.ui.foods.FoodsViewModel;

/**
 * The composition root's view-models for tests without the FX toolkit: wired by the same {@link ViewModels#wire}
 * as {@link AppContext}, with a test executor and a notifier that records what the user is told. UI tests start
 * the whole {@link AppContext} instead ({@link AppWindowTest}).
 */
public final class TestApp implements AutoCloseable {
    private final List<String> said = new ArrayList<>();
    private final ViewModels models;

    /** Background work runs at once, on the calling thread. */
    public TestApp() {
        this(new DirectUiExecutor());
    }

    public TestApp(UiExecutor executor) {
        Notifier notifier = new Notifier() {
            @Override
            public void status(String text) {
                said.add("status: " + text);
            }

            @Override
            public void problem(String header, String text) {
                said.add("problem: " + header + ": " + text);
            }

            @Override
            public void error(String header, String text) {
                said.add("error: " + header + ": " + text);
            }
        };
        FoodsViewModel foods = new FoodsViewModel();
        models = ViewModels.wire(foods, executor, notifier, new WindowExporter(executor, notifier, foods));
    }

    /** Shows {@code catalog} as start-up does once it is open (no user data yet). */
    public TestApp showing(Catalog catalog) {
        models.foods().setCatalog(catalog);
        return this;
    }

    /** Opens the user's data in {@code dir} over {@code catalog} and shows both, as start-up does. */
    public UserDataService.Opening open(Path dir, Catalog catalog) {
        UserDataService.Opening opening = UserDataService.open(dir, catalog);
        models.foods().setCatalog(opening.contents().catalog());
        models.userData().opened(opening);
        return opening;
    }

    /** What the user was told so far: "status: …", "problem: header: text", "error: header: text". */
    public List<String> said() {
        return said;
    }

    public ViewModels models() {
        return models;
    }

    /** Closes the user's data file if it was opened. */
    @Override
    public void close() {
        if (models.userData().library() != null) {
            models.userData().library().close();
        }
    }
}
