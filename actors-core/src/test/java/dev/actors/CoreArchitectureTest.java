package dev.actors;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** actors-core stays free of Spring: the starter depends on the core, never the other way round. */
class CoreArchitectureTest {

    private final JavaClasses coreClasses = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.actors");

    @Test
    void coreDependsOnNothingFromSpring() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(coreClasses);
    }

    @Test
    void coreUsesOnlyTheJdkAndSlf4j() {
        noClasses().should().dependOnClassesThat()
                .resideOutsideOfPackages("java..", "javax..", "jdk..", "sun..", "org.slf4j..", "dev.actors..")
                .check(coreClasses);
    }
}
