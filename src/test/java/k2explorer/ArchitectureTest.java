package k2explorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import k2explorer.i18n.Messages;

/**
 * The layers hold (docs/ARCHITECTURE.md): the domain (catalog, coverage, studies, the user's data …) knows nothing
 * of JavaFX or the UI, so it is shared by the window, the command line and tests; the window shell (app) sits on
 * the tab features (ui.foods, ui.plan …), which sit on the shared widgets (ui.common), never the other way round;
 * no package depends on another in a circle; and only the command line and the benchmark print to the console.
 */
@AnalyzeClasses(packages = "k2explorer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] DOMAIN = {"k2explorer.catalog..", "k2explorer.cli..", "k2explorer.coverage..",
        "k2explorer.csv..", "k2explorer.export..", "k2explorer.i18n..", "k2explorer.learn..", "k2explorer.mine..",
        "k2explorer.storage..", "k2explorer.studies.."};

    private static final String BUILD_TOOLS = "k2explorer.packaging..";
    private static final String BENCHMARKS = "k2explorer.bench..";

    /** The tab and dialog packages under ui: everything there but the shared widgets and the executors. */
    private static final String[] UI_FEATURES = {"k2explorer.ui.appearance..", "k2explorer.ui.compare..",
        "k2explorer.ui.coverage..", "k2explorer.ui.foods..", "k2explorer.ui.learn..", "k2explorer.ui.myfoods..",
        "k2explorer.ui.plan..", "k2explorer.ui.print..", "k2explorer.ui.studies..", "k2explorer.ui.userdata.."};

    @ArchTest
    static final ArchRule domainUsesNoJavaFx = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..",
                    "atlantafx..");

    @ArchTest
    static final ArchRule domainUsesNoUi = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("k2explorer.ui..", "k2explorer.app..");

    @ArchTest
    static final ArchRule coverageDoesNotNeedTheCatalogBuilder = noClasses().that()
            .resideInAPackage("k2explorer.coverage..")
            .should().dependOnClassesThat().resideInAnyPackage("k2explorer.catalog.store..",
                    "k2explorer.catalog.sources..");

    @ArchTest
    static final ArchRule theSourcesDoNotKnowTheDatabase = noClasses().that()
            .resideInAPackage("k2explorer.catalog.sources..")
            .should().dependOnClassesThat().resideInAPackage("k2explorer.catalog.store..");

    @ArchTest
    static final ArchRule sharedWidgetsUseNoFeature = noClasses().that().resideInAnyPackage("k2explorer.ui.common..",
                    "k2explorer.ui.async..")
            .should().dependOnClassesThat().resideInAnyPackage(UI_FEATURES)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule featuresDoNotUseTheShell = noClasses().that().resideInAPackage("k2explorer.ui..")
            .should().dependOnClassesThat().resideInAPackage("k2explorer.app..");

    @ArchTest
    static final ArchRule onlyTheCommandLineTheBenchmarkAndTheImageBuildPrint = noClasses().that()
            .resideOutsideOfPackages("k2explorer.cli..", "k2explorer.bench..", "k2explorer.packaging..",
                    "k2explorer.install..")
            .and().doNotHaveFullyQualifiedName("k2explorer.app.StartupProbe")
            .should(ACCESS_STANDARD_STREAMS);

    /**
     * A closed set of the domain (a verdict, a form, a plan unit …) carries no display text: the window shows it
     * through ui.common.EnumLabels, files write its code, and its toString() stays its constant name, so a list
     * sorted or saved by text never changes with the language.
     */
    @ArchTest
    static final ArchRule domainEnumsCarryNoLabels = noClasses().that().areEnums().and().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().haveFullyQualifiedName("k2explorer.i18n.Messages");

    @ArchTest
    static final ArchRule domainEnumsKeepTheirNameAsText = methods().that().areDeclaredInClassesThat().areEnums()
            .and().areDeclaredInClassesThat().resideInAnyPackage(DOMAIN)
            .should().notHaveName("toString");

    /**
     * The values, studies, coverage figures and exports hold no user-visible wording: the window words them (through
     * ui.common.EnumLabels and the views), so a CSV or a command-line answer never changes with the language. Only the
     * places that report progress and problems in their own words may ask the bundle (catalog.store and
     * catalog.sources while building, mine for its rules and imports, storage for a file it cannot replace).
     */
    @ArchTest
    static final ArchRule valuesStudiesCoverageAndExportsAreNotWorded = noClasses().that()
            .resideInAnyPackage("k2explorer.catalog", "k2explorer.studies..", "k2explorer.coverage..",
                    "k2explorer.export..", "k2explorer.csv..", "k2explorer.learn..", "k2explorer.cli..")
            .should().dependOnClassesThat().haveFullyQualifiedName("k2explorer.i18n.Messages");

    /** No domain value (a target preset, an import problem …) turns into text in the user's language by itself. */
    @ArchTest
    static final ArchRule domainToStringIsNotLocalised = methods().that().haveName("toString")
            .and().areDeclaredInClassesThat().resideInAnyPackage(DOMAIN)
            .should(new ArchCondition<JavaMethod>("not ask the message bundle") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    method.getMethodCallsFromSelf().stream()
                            .filter(call -> call.getTargetOwner().isEquivalentTo(Messages.class))
                            .forEach(call -> events.add(SimpleConditionEvent.violated(method, call.getDescription())));
                }
            })
            .allowEmptyShould(true);

    /**
     * The build tools (src/buildtools/java, left out of the app jar) and the benchmarks (src/bench/java) are not
     * shipped: nothing the app jar holds may need them.
     */
    @ArchTest
    static final ArchRule theAppNeedsNoBuildOrBenchmarkCode = noClasses().that()
            .resideOutsideOfPackages(BUILD_TOOLS, BENCHMARKS)
            .should().dependOnClassesThat().resideInAnyPackage(BUILD_TOOLS, BENCHMARKS);

    /** View-models hold state for views and are tested without a toolkit: no nodes, no stage, no window shell. */
    @ArchTest
    static final ArchRule viewModelsUseNoNodesAndNoShell = noClasses().that().resideInAPackage("k2explorer.ui..")
            .and().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..",
                    "k2explorer.app..");

    /**
     * The window gets what start-up read as the domain's types (the catalog, its notice), never the store's: only
     * the composition root and start-up's disk work (AppContext, Startup) know how the catalog and the user's data
     * are stored.
     */
    @ArchTest
    static final ArchRule theShellDoesNotKnowTheStores = noClasses().that().resideInAPackage("k2explorer.app")
            .and().doNotHaveFullyQualifiedName("k2explorer.app.AppContext")
            .and().doNotHaveFullyQualifiedName("k2explorer.app.Startup")
            .and().doNotHaveFullyQualifiedName("k2explorer.app.SettingsSync")
            .should().dependOnClassesThat().resideInAnyPackage("k2explorer.catalog.store..", "k2explorer.mine.store..");

    /** Start-up reads from disk; the Foods table it hands over is the view-model's to make (rows are UI types). */
    @ArchTest
    static final ArchRule startUpMakesNoRows = noClasses().that().resideInAPackage("k2explorer.app")
            .and().haveSimpleNameStartingWith("Startup")
            .should().dependOnClassesThat().haveFullyQualifiedName("k2explorer.ui.foods.FoodRow")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("k2explorer.ui.foods.FoodTable");

    /**
     * ui.common holds what the tabs share; a class there that no package under ui uses is the shell's own and
     * belongs in app (as the status bar's WindowNotifier does).
     */
    @ArchTest
    static final ArchRule sharedWidgetsAreSharedByTabs = classes().that().resideInAPackage("k2explorer.ui.common")
            .and().areTopLevelClasses()
            .should(new ArchCondition<JavaClass>("be used by a package under ui other than ui.common") {
                @Override
                public void check(JavaClass shared, ConditionEvents events) {
                    boolean usedByUi = shared.getDirectDependenciesToSelf().stream()
                            .map(d -> d.getOriginClass().getPackageName())
                            .anyMatch(p -> p.startsWith("k2explorer.ui.") && !p.equals("k2explorer.ui.common"));
                    if (!usedByUi) {
                        events.add(SimpleConditionEvent.violated(shared, shared.getName()
                                + " is used only by the shell or ui.common: move it to app"));
                    }
                }
            });

    /** Every package is its own slice, so a cycle between any two packages (ui.foods and ui.plan …) fails. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("k2explorer.(**)").should().beFreeOfCycles();
}
