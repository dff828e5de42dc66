package k2explorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The layers hold: the domain (catalog, coverage, studies, the user's data …) knows nothing of JavaFX or the UI,
 * so it is shared by the window, the command line and tests; packages do not depend on each other in circles; and
 * only the command line and the benchmark print to the console.
 */
@AnalyzeClasses(packages = "k2explorer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] DOMAIN = {"k2explorer.catalog..", "k2explorer.coverage..", "k2explorer.export..",
        "k2explorer.cli..", "k2explorer.storage..", "k2explorer.userdata..", "k2explorer.library..",
        "k2explorer.studies..", "k2explorer.learn..", "k2explorer.plan..", "k2explorer.i18n..", "k2explorer.csv.."};

    /** The top-level packages under k2explorer, with the catalog builder apart from the catalog it builds. */
    private static final SliceAssignment TOP_LEVEL_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith("k2explorer.")) {
                return SliceIdentifier.ignore();
            }
            String[] parts = name.split("\\.");
            boolean builder = parts.length > 2 && parts[1].equals("catalog") && parts[2].equals("build");
            return SliceIdentifier.of(builder ? "catalog.build" : parts[1]);
        }

        @Override
        public String getDescription() {
            return "top-level packages of k2explorer (catalog.build apart)";
        }
    };

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
            .should().dependOnClassesThat().resideInAPackage("k2explorer.catalog.build..");

    @ArchTest
    static final ArchRule onlyTheCommandLineTheBenchmarkAndTheImageBuildPrint = noClasses().that()
            .resideOutsideOfPackages("k2explorer.cli..", "k2explorer.bench..", "k2explorer.packaging..")
            .should(ACCESS_STANDARD_STREAMS);

    @ArchTest
    static final ArchRule noPackageCycles = slices().assignedFrom(TOP_LEVEL_PACKAGES).should().beFreeOfCycles();
}
