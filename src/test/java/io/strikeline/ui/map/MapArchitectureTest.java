package io.strikeline.ui.map;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The map knows the shared state and style, never another view; projection and basemap code stay GUI-free. */
class MapArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.strikeline");

    @Test
    void mapViewDependsOnNoOtherView() {
        noClasses().that().resideInAPackage("io.strikeline.ui.map..")
                .should().dependOnClassesThat(resideInAPackage("io.strikeline.ui..").and(not(resideInAnyPackage(
                        "io.strikeline.ui.map..", "io.strikeline.ui.state..", "io.strikeline.ui.style.."))))
                .check(classes);
        noClasses().that().resideInAPackage("io.strikeline.ui.map..")
                .should().dependOnClassesThat().resideInAnyPackage("io.strikeline.store..", "io.strikeline.extract..",
                        "io.strikeline.cli..")
                .check(classes);
    }

    @Test
    void geoIsFreeOfJavaFx() {
        noClasses().that().resideInAPackage("io.strikeline.geo..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.strikeline.ui..")
                .check(classes);
    }
}
