package org.newsarchive.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The application's top-level packages (the features, and the shared ones beneath them) depend on each
 * other in one direction only, as the README's "Code layout" draws them. The rule reads compiled classes,
 * so a constant inlined by the compiler is not seen: analyzer names live in the leaf package {@code text}.
 */
class PackageCyclesTest {

    @Test
    void theTopLevelPackagesFormNoCycle() {
        JavaClasses application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsarchive");

        noCycleAmong("org.newsarchive.(*)..").check(application);
    }

    @Test
    void aCycleBetweenTwoPackagesFailsTheRule() {
        JavaClasses tangled = new ClassFileImporter().importPackages("org.newsarchive.architecture.cycle");

        assertThatThrownBy(() -> noCycleAmong("org.newsarchive.architecture.cycle.(*)..").check(tangled))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected: Slice first")
                .hasMessageContaining("Field <org.newsarchive.architecture.cycle.second.Second.first> has type");
    }

    private static ArchRule noCycleAmong(String packages) {
        return slices().matching(packages).should().beFreeOfCycles();
    }
}
