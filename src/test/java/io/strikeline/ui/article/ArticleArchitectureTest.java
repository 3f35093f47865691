package io.strikeline.ui.article;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The article pane reads the shared state and style only: no store, geo or other view behind its back. */
class ArticleArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.strikeline");

    @Test
    void articlePaneDependsOnlyOnModelStateAndStyle() {
        noClasses().that().resideInAPackage("io.strikeline.ui.article..")
                .should().dependOnClassesThat().resideInAnyPackage("io.strikeline.store..", "io.strikeline.geo..",
                        "io.strikeline.extract..", "io.strikeline.ingest..", "io.strikeline.export..", "io.strikeline.cli..",
                        "io.strikeline.ui.map..", "io.strikeline.ui.timeline..")
                .check(classes);
    }
}
