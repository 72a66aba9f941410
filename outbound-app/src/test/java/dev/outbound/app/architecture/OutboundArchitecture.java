package dev.outbound.app.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.accessTargetWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import java.util.List;
import java.util.Set;

/**
 * The architecture of Outbound as ArchUnit rules, one factory per rule, each with the reason it exists. The rules read
 * as the design: a pure domain, ports that depend on it alone, use cases that need no container, adapters that plug
 * in through {@link java.util.ServiceLoader} and never meet, a composition root that alone knows Guice.
 *
 * <p>Every factory takes the <em>root</em> package the rule applies to: {@link #ROOT} ({@code dev.outbound}) for the
 * real code, or the package of a fixture ({@code dev.outbound.archfixtures.<rule>}) whose sub-packages mimic the real
 * layout ({@code domain}, {@code port.in}, {@code port.out}, {@code port.spi}, {@code application},
 * {@code adapter.<name>}, {@code app}). So the very rule that guards the code is also shown to fail on a deliberately
 * broken fixture: a rule that cannot fail (such as one about a package that does not exist) guards nothing.
 *
 * <p>Rules about libraries that are not on this module's test class path (Jackson, {@code javax.inject}) also take a
 * {@link Libraries}: {@link Libraries#REAL} for the real code, or stand-ins under a fixture package.
 *
 * <p>ArchUnit's "fail on empty should" stays on: a rule whose {@code that()} selects no class fails, so a rule about a
 * misspelt or vanished package cannot pass unnoticed. Rules about a single adapter that may not exist yet are stated
 * from the other side: "Jackson only in {@code adapter.http}" checks every class <em>outside</em> {@code adapter.http},
 * and "nothing refers to an adapter" every class outside the adapters, so they always have classes to check. No rule
 * allows an empty subject.
 */
public final class OutboundArchitecture {

    /** The root package of the real code. */
    public static final String ROOT = "dev.outbound";

    /**
     * The part of the JDK the domain may use: {@code java.lang}, {@code java.util} (with its sub-packages
     * {@code function}, {@code stream}, {@code regex}, {@code concurrent}), {@code java.time} (with {@code zone},
     * {@code format}) and {@code java.math}.
     */
    public static final List<String> DOMAIN_JDK = List.of("java.lang", "java.util..", "java.time..", "java.math..");

    /**
     * Single JDK types the domain may use beyond {@link #DOMAIN_JDK}: {@link java.io.Serializable}, because domain
     * exceptions are serializable (as every {@link Throwable}) and so must be the values they carry.
     */
    public static final Set<String> DOMAIN_JDK_TYPES = Set.of("java.io.Serializable");

    /** The JDK's {@code java.*} packages, all of which the ports and the application may use. */
    public static final String JDK = "java..";

    /** SLF4J, the only library the application core may use. */
    public static final String SLF4J = "org.slf4j..";

    private OutboundArchitecture() {
    }

    /**
     * Where third-party packages are looked for. The real rules use {@link #REAL}. A library that is not on the test
     * class path (Jackson, {@code javax.inject}) cannot be used by a fixture that must compile, so its fixture uses
     * a stand-in with the same package and class names under a prefix, and checks the rule with
     * {@link #relocatedUnder}: the package names the rule spells out are still the ones tested.
     *
     * @param prefix prepended to every library package name: empty for the real libraries
     */
    public record Libraries(String prefix) {

        /** The libraries where they really are. */
        public static final Libraries REAL = new Libraries("");

        /**
         * Stand-ins kept under {@code pkg}; {@code javax.inject} becomes {@code pkg + ".javax.inject"}.
         *
         * @param pkg the package holding the stand-ins
         * @return the relocation
         */
        public static Libraries relocatedUnder(String pkg) {
            return new Libraries(pkg + ".");
        }

        String[] jackson() {
            return new String[] {prefix + "com.fasterxml.jackson..", prefix + "tools.jackson.."};
        }

        String javaxInject() {
            return prefix + "javax.inject..";
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Layers and their dependencies

    /**
     * The domain depends on nothing outside the JDK, and of the JDK only on {@link #DOMAIN_JDK}. The domain holds the
     * rules of outbound work; it is embedded in host applications and read to learn the rules, so nothing but plain
     * Java may leak into it: no logging, no JSON, no injection, no I/O ({@code java.io}, {@code java.net},
     * {@code java.sql} are refused too).
     *
     * @param root the root package the rule applies to
     * @return the rule
     */
    public static ArchRule domainDependsOnlyOnTheJdk(String root) {
        DescribedPredicate<JavaClass> allowed = resideInAnyPackage(with(DOMAIN_JDK, pkg(root, "domain")))
                .or(DescribedPredicate.describe("are " + DOMAIN_JDK_TYPES,
                        (JavaClass c) -> DOMAIN_JDK_TYPES.contains(c.getName())));
        return classes().that().resideInAPackage(pkg(root, "domain"))
                .should().onlyDependOnClassesThat(allowed)
                .because("the domain is plain Java: the rules must be embeddable and readable without any library");
    }

    /**
     * The ports ({@code port.in}, {@code port.out}, {@code port.spi}) depend only on the domain, on each other and
     * on the JDK. They are the contract between the core and the adapters; a port that named a library or an
     * implementation would force it on every adapter and host.
     *
     * @param root the root package the rule applies to
     * @return the rule
     */
    public static ArchRule portsDependOnlyOnTheDomain(String root) {
        return classes().that().resideInAPackage(pkg(root, "port"))
                .should().onlyDependOnClassesThat().resideInAnyPackage(pkg(root, "port"), pkg(root, "domain"), JDK)
                .because("ports are the contract between the core and the adapters: domain types and the JDK only");
    }

    /**
     * The use-case implementations ({@code application}) depend only on the domain, the ports, SLF4J and the JDK.
     * They live in the ports module so that a host can run them with plain Java and no DI container: no Guice, no
     * adapter, no JSON.
     *
     * @param root the root package the rule applies to
     * @return the rule
     */
    public static ArchRule applicationDependsOnlyOnDomainPortsAndSlf4j(String root) {
        return classes().that().resideInAPackage(pkg(root, "application"))
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        pkg(root, "application"), pkg(root, "domain"), pkg(root, "port"), SLF4J, JDK)
                .because("the use cases run embedded in a host with plain Java: no container, no adapter, no library");
    }

    /**
     * No adapter touches the {@code application} package: adapters see the core only through the ports (a driving
     * adapter is handed {@code UseCases}; a backend implements {@code port.out}). The composition root alone builds
     * the application.
     *
     * @param root the root package the rule applies to
     * @return the rule
     */
    public static ArchRule adaptersDoNotDependOnTheApplication(String root) {
        return noClasses().that().resideInAPackage(pkg(root, "adapter"))
                .should().dependOnClassesThat().resideInAPackage(pkg(root, "application"))
                .because("adapters reach the core only through the ports");
    }

    /**
     * No adapter touches another adapter ({@code adapter.<name>..} is one adapter): each is a plug-in that a
     * deployment may leave out, so none may need another.
     *
     * @param root the root package the rule applies to
     * @return the rule
     */
    public static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".adapter.(*)..").namingSlices("adapter $1")
                .should().notDependOnEachOther()
                .because("adapters are plug-ins: a deployment may leave any of them out");
    }

    /**
     * Nothing outside the adapters refers to an adapter class: adapters are found at run time through
     * {@link java.util.ServiceLoader} (that is why the app has them at runtime scope only). This sees every reference
     * in the byte code (types, calls, class literals, annotations); it cannot see a class named in a string for
     * reflection, which the code review must catch.
     *
     * @param root the root package the rule applies to
     * @return the rule
     */
    public static ArchRule nothingOutsideTheAdaptersRefersToAnAdapter(String root) {
        return noClasses().that().resideInAPackage(pkg(root, "")).and().resideOutsideOfPackage(pkg(root, "adapter"))
                .should().dependOnClassesThat().resideInAPackage(pkg(root, "adapter"))
                .because("adapters are found through ServiceLoader, never named");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Libraries

    /**
     * Guice ({@code com.google.inject..}) and {@code jakarta.inject} are used only in {@code app}, the composition
     * root. Adapters and the core are used as they are by hosts on Spring or plain Java, so they must not need a
     * container.
     *
     * @param root the root package the rule applies to
     * @return the rule
     */
    public static ArchRule guiceAndJakartaInjectOnlyInTheApp(String root) {
        return noClasses().that().resideInAPackage(pkg(root, "")).and().resideOutsideOfPackage(pkg(root, "app"))
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "jakarta.inject..")
                .because("only the composition root uses a DI container; adapters and core work with plain Java");
    }

    /**
     * Jackson (2: {@code com.fasterxml.jackson..}, 3: {@code tools.jackson..}) is used only in {@code adapter.http}.
     * JSON is one adapter's wire format; a domain type annotated for Jackson would tie the rules to it.
     *
     * @param root the root package the rule applies to
     * @param libraries where Jackson is: {@link Libraries#REAL}, or stand-ins for a fixture
     * @return the rule
     */
    public static ArchRule jacksonOnlyInTheHttpAdapter(String root, Libraries libraries) {
        return noClasses().that().resideInAPackage(pkg(root, ""))
                .and().resideOutsideOfPackage(pkg(root, "adapter.http"))
                .should().dependOnClassesThat().resideInAnyPackage(libraries.jackson())
                .because("JSON is the HTTP adapter's wire format, not part of the core or of other adapters");
    }

    /**
     * No {@code javax.inject} anywhere: the project uses {@code jakarta.inject}, which Guice 7 requires; mixing both
     * makes annotations that Guice silently ignores.
     *
     * @param root the root package the rule applies to
     * @param libraries where {@code javax.inject} is: {@link Libraries#REAL}, or a stand-in for a fixture
     * @return the rule
     */
    public static ArchRule noJavaxInject(String root, Libraries libraries) {
        return noClasses().that().resideInAPackage(pkg(root, ""))
                .should().dependOnClassesThat().resideInAPackage(libraries.javaxInject())
                .because("Guice 7 reads jakarta.inject; a javax.inject annotation would be silently ignored");
    }

    /**
     * No field injection: no field is annotated with an {@code @Inject} ({@code jakarta.inject.Inject},
     * {@code javax.inject.Inject}, {@code com.google.inject.Inject}, or any other annotation type named
     * {@code Inject}). Dependencies come in through constructors, so that a class can be built in a test or a host
     * without a container, its fields can be final, and what it needs is in one place.
     *
     * @param root the root package the rule applies to
     * @return the rule
     */
    public static ArchRule noFieldInjection(String root) {
        DescribedPredicate<JavaAnnotation<?>> inject = DescribedPredicate.describe(
                "@Inject (jakarta.inject, javax.inject, com.google.inject or any other)",
                annotation -> annotation.getRawType().getSimpleName().equals("Inject"));
        return noFields().that().areDeclaredInClassesThat().resideInAPackage(pkg(root, ""))
                .should().beAnnotatedWith(inject)
                .because("dependencies come in through the constructor: testable without a container, fields final");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Time

    /**
     * Only the app (the composition root, whose {@code Main} hands a {@code Clock.systemUTC()} to everything) reads
     * the wall clock; the domain, the ports, the application and the adapters never do: no {@code now()} of a
     * {@code java.time} type
     * without a {@link java.time.Clock} argument ({@code Instant.now()}, {@code LocalDateTime.now()},
     * {@code LocalDate.now(zone)}, {@code ZonedDateTime.now()}, ...), no {@code Clock.systemUTC()},
     * {@code Clock.systemDefaultZone()} or {@code Clock.system(zone)}, no {@code System.currentTimeMillis()}, no
     * {@code new Date()}, no {@code Calendar.getInstance()}. A {@code Clock} is passed in, so rules about callable
     * windows, rescheduling, stale timeouts and event ids can be tested at any instant, and {@code now(clock)} is
     * allowed.
     * {@code System.nanoTime()} is allowed: it measures durations, it does not tell the time. Method references
     * ({@code Instant::now}) are caught as well as calls.
     *
     * @param root the root package the rule applies to
     * @return the rule
     */
    public static ArchRule noWallClockOutsideTheApp(String root) {
        return noClasses().that().resideInAnyPackage(pkg(root, "domain"), pkg(root, "port"), pkg(root, "application"),
                        pkg(root, "adapter"))
                .should(accessTargetWhere(readsTheWallClock()).as("read the wall clock (now() without a Clock, "
                        + "Clock.system*(), System.currentTimeMillis(), new Date(), Calendar.getInstance())"))
                .because("time comes from a Clock that is passed in, so the rules can be tested at any instant");
    }

    private static DescribedPredicate<JavaAccess<?>> readsTheWallClock() {
        return DescribedPredicate.describe("target reads the wall clock",
                access -> readsTheWallClock(access.getTarget()));
    }

    private static boolean readsTheWallClock(AccessTarget target) {
        String owner = target.getOwner().getName();
        String name = target.getName();
        List<JavaClass> parameters = target instanceof CodeUnitAccessTarget codeUnit
                ? codeUnit.getRawParameterTypes() : List.of();
        boolean takesAClock = parameters.stream().anyMatch(p -> p.getName().equals("java.time.Clock"));
        if (owner.startsWith("java.time.") && name.equals("now")) {
            return !takesAClock;
        }
        return switch (owner) {
            case "java.time.Clock" -> name.startsWith("system");
            case "java.lang.System" -> name.equals("currentTimeMillis");
            case "java.util.Date" -> name.equals(JavaConstructor.CONSTRUCTOR_NAME) && parameters.isEmpty();
            case "java.util.Calendar" -> name.equals("getInstance");
            default -> false;
        };
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Structure

    /**
     * No cycles between the top-level packages ({@code domain}, {@code port}, {@code application}, {@code adapter},
     * {@code app}). A cycle would make two layers one: neither could be understood, tested or replaced alone.
     *
     * @param root the root package the rule applies to
     * @return the rule
     */
    public static ArchRule noCyclesBetweenTopLevelPackages(String root) {
        return slices().matching(root + ".(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .because("a cycle makes two layers one: neither can be understood, tested or replaced alone");
    }

    /**
     * No cycles between the domain's packages ({@code campaign}, {@code record}, {@code field}, {@code schedule},
     * ...). The domain is read to learn the rules; acyclic packages can be read bottom-up.
     *
     * @param root the root package the rule applies to
     * @return the rule
     */
    public static ArchRule noCyclesBetweenDomainPackages(String root) {
        return slices().matching(root + ".domain.(*)..").namingSlices("domain.$1")
                .should().beFreeOfCycles()
                .because("the domain is read to learn the rules: acyclic packages can be read bottom-up");
    }

    /**
     * Every class under the root belongs to a layer: {@code domain}, {@code port.in}, {@code port.out},
     * {@code port.spi}, {@code application}, {@code adapter.<name>} or {@code app}. A class elsewhere (a
     * {@code util} package, the root itself, {@code port} without {@code in/out/spi}, {@code adapter} without a
     * name) escapes every other rule, which are all stated by layer.
     *
     * @param root the root package the rule applies to
     * @return the rule
     */
    public static ArchRule everyClassBelongsToALayer(String root) {
        return classes().that().resideInAPackage(pkg(root, ""))
                .should().resideInAnyPackage(layerPackages(root))
                .because("every other rule is stated by layer: a class outside the layers escapes them all");
    }

    /**
     * The hexagon as a layered architecture, a readable summary of the rules above (which give the precise
     * reasons): the domain accesses nothing of ours; the ports only the domain; the application the ports and the
     * domain; adapters the ports and the domain; the app (composition root) everything but adapters. Only
     * dependencies between our own classes are considered; libraries are the business of the rules above.
     *
     * <p>Every layer is mandatory: ArchUnit's layered architecture reports an empty layer, the counterpart of "fail on
     * empty should". ({@code adapter.http} may be empty while the adapters layer is not.)
     *
     * @param root the root package the rule applies to
     * @return the rule
     */
    public static ArchRule hexagonalLayers(String root) {
        return Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInAnyPackage(pkg(root, ""))
                .layer("Domain").definedBy(pkg(root, "domain"))
                .layer("Ports").definedBy(pkg(root, "port.in"), pkg(root, "port.out"), pkg(root, "port.spi"))
                .layer("Application").definedBy(pkg(root, "application"))
                .layer("Adapters").definedBy(root + ".adapter.*..")
                .layer("App").definedBy(pkg(root, "app"))
                .whereLayer("Domain").mayNotAccessAnyLayer()
                .whereLayer("Ports").mayOnlyAccessLayers("Domain")
                .whereLayer("Application").mayOnlyAccessLayers("Ports", "Domain")
                .whereLayer("Adapters").mayOnlyAccessLayers("Ports", "Domain")
                .whereLayer("App").mayOnlyAccessLayers("Application", "Ports", "Domain")
                .whereLayer("Adapters").mayNotBeAccessedByAnyLayer()
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .ensureAllClassesAreContainedInArchitecture()
                .because("the hexagon: dependencies point inwards, adapters plug in from outside");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers

    /** {@code root.sub..}, or {@code root..} for an empty {@code sub}. */
    private static String pkg(String root, String sub) {
        return sub.isEmpty() ? root + ".." : root + "." + sub + "..";
    }

    private static String[] layerPackages(String root) {
        return new String[] {pkg(root, "domain"), pkg(root, "port.in"), pkg(root, "port.out"),
            pkg(root, "port.spi"), pkg(root, "application"), root + ".adapter.*..", pkg(root, "app")};
    }

    private static String[] with(List<String> packages, String more) {
        String[] all = packages.toArray(new String[packages.size() + 1]);
        all[packages.size()] = more;
        return all;
    }
}
