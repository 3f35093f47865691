package io.strikeline.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the dependency arrows of ARCHITECTURE.md pointing one way. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.strikeline");
    }

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("model").definedBy("io.strikeline.model..")
                .layer("csv").definedBy("io.strikeline.csv..")
                .layer("geo").definedBy("io.strikeline.geo..")
                .layer("extract").definedBy("io.strikeline.extract..")
                .layer("store").definedBy("io.strikeline.store..")
                .layer("ingest").definedBy("io.strikeline.ingest..")
                .layer("export").definedBy("io.strikeline.export..")
                .layer("briefing").definedBy("io.strikeline.briefing..")
                .layer("importing").definedBy("io.strikeline.importing..")
                .layer("editing").definedBy("io.strikeline.editing..")
                .layer("generate").definedBy("io.strikeline.generate..")
                .layer("ui").definedBy("io.strikeline.ui..")
                .layer("cli").definedBy("io.strikeline.cli..")
                .layer("jvm").definedBy("io.strikeline.jvm..")
                .whereLayer("jvm").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("generate").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("cli", "generate", "ui", "importing")
                .whereLayer("export").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("briefing").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("editing").mayOnlyBeAccessedByLayers("cli", "ui", "importing")
                .whereLayer("importing").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("store").mayOnlyBeAccessedByLayers("ingest", "export", "editing", "importing", "generate", "ui",
                        "cli")
                .whereLayer("extract").mayOnlyBeAccessedByLayers("ingest", "editing", "importing", "generate", "cli")
                .whereLayer("csv").mayOnlyBeAccessedByLayers("extract", "export", "importing")
                .whereLayer("geo").mayOnlyBeAccessedByLayers("extract", "store", "ingest", "editing", "importing", "generate",
                        "ui", "cli")
                .check(classes);
    }

    @Test
    void modelUsesNothingButTheJdk() {
        noClasses().that().resideInAPackage("io.strikeline.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("io.strikeline.model..", "java..")
                .check(classes);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("io.strikeline.ui..", "io.strikeline.cli..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void viewsNeverCallEachOther() {
        String[] views = {"map", "timeline", "article", "list", "filter"};
        for (String view : views) {
            for (String other : views) {
                if (!view.equals(other)) {
                    noClasses().that().resideInAPackage("io.strikeline.ui." + view + "..")
                            .should().dependOnClassesThat().resideInAPackage("io.strikeline.ui." + other + "..")
                            .allowEmptyShould(true)
                            .check(classes);
                }
            }
        }
    }

    @Test
    void onlyTheCommandLinePrintsToTheTerminal() {
        noClasses().that().resideOutsideOfPackages("io.strikeline.cli..")
                .should().accessField(System.class, "out")
                .check(classes);
    }
}
