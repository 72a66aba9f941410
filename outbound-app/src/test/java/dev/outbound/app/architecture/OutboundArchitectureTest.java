package dev.outbound.app.architecture;

import static dev.outbound.app.architecture.OutboundArchitecture.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.outbound.app.architecture.OutboundArchitecture.Libraries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every rule of {@link OutboundArchitecture} on the real code: all production classes under {@code dev.outbound}, from
 * every module (this module's tests have them all on the class path, the adapters at runtime scope). Test classes,
 * and so the deliberately broken fixtures under {@code dev.outbound.archfixtures}, are not imported.
 *
 * <p>That each rule can fail at all is shown by {@link OutboundArchitectureRulesFailTest}.
 */
@DisplayName("The architecture of the real code")
class OutboundArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importTheProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void checksTheProductionClassesOnly() {
        assertThat(classes.containPackage("dev.outbound.domain")).as("the domain is imported").isTrue();
        assertThat(classes.containPackage("dev.outbound.archfixtures"))
                .as("the deliberately broken fixtures (test classes) are not imported").isFalse();
    }

    @Test
    void domainDependsOnlyOnTheJdk() {
        OutboundArchitecture.domainDependsOnlyOnTheJdk(ROOT).check(classes);
    }

    @Test
    void portsDependOnlyOnTheDomain() {
        OutboundArchitecture.portsDependOnlyOnTheDomain(ROOT).check(classes);
    }

    @Test
    void applicationDependsOnlyOnDomainPortsAndSlf4j() {
        OutboundArchitecture.applicationDependsOnlyOnDomainPortsAndSlf4j(ROOT).check(classes);
    }

    @Test
    void adaptersDoNotDependOnTheApplication() {
        OutboundArchitecture.adaptersDoNotDependOnTheApplication(ROOT).check(classes);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        OutboundArchitecture.adaptersDoNotDependOnEachOther(ROOT).check(classes);
    }

    @Test
    void nothingOutsideTheAdaptersRefersToAnAdapter() {
        OutboundArchitecture.nothingOutsideTheAdaptersRefersToAnAdapter(ROOT).check(classes);
    }

    @Test
    void guiceAndJakartaInjectOnlyInTheApp() {
        OutboundArchitecture.guiceAndJakartaInjectOnlyInTheApp(ROOT).check(classes);
    }

    @Test
    void jacksonOnlyInTheHttpAdapter() {
        OutboundArchitecture.jacksonOnlyInTheHttpAdapter(ROOT, Libraries.REAL).check(classes);
    }

    @Test
    void noJavaxInject() {
        OutboundArchitecture.noJavaxInject(ROOT, Libraries.REAL).check(classes);
    }

    @Test
    void noFieldInjection() {
        OutboundArchitecture.noFieldInjection(ROOT).check(classes);
    }

    @Test
    void noWallClockOutsideTheApp() {
        OutboundArchitecture.noWallClockOutsideTheApp(ROOT).check(classes);
    }

    @Test
    void noCyclesBetweenTopLevelPackages() {
        OutboundArchitecture.noCyclesBetweenTopLevelPackages(ROOT).check(classes);
    }

    @Test
    void noCyclesBetweenDomainPackages() {
        OutboundArchitecture.noCyclesBetweenDomainPackages(ROOT).check(classes);
    }

    @Test
    void everyClassBelongsToALayer() {
        OutboundArchitecture.everyClassBelongsToALayer(ROOT).check(classes);
    }

    @Test
    void hexagonalLayers() {
        OutboundArchitecture.hexagonalLayers(ROOT).check(classes);
    }
}
