package dev.outbound.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.outbound.app.architecture.OutboundArchitecture.Libraries;
import dev.outbound.archfixtures.adaptersindependent.adapter.http.client.HttpBackend;
import dev.outbound.archfixtures.adaptersindependent.adapter.mock.MockBackend;
import dev.outbound.archfixtures.adaptersnotapplication.adapter.http.ShortcutEndpoint;
import dev.outbound.archfixtures.adaptersnotapplication.adapter.mock.MockThingBackend;
import dev.outbound.archfixtures.applicationdependencies.application.ContainerService;
import dev.outbound.archfixtures.applicationdependencies.application.LoggingService;
import dev.outbound.archfixtures.applicationdependencies.application.ShortcutService;
import dev.outbound.archfixtures.domainjdkonly.domain.campaign.PlainCampaign;
import dev.outbound.archfixtures.domainjdkonly.domain.record.LoggingRecord;
import dev.outbound.archfixtures.domainjdkonly.domain.schedule.FileBackedCalendar;
import dev.outbound.archfixtures.everyclassinalayer.StrayAtRoot;
import dev.outbound.archfixtures.everyclassinalayer.adapter.AdapterBase;
import dev.outbound.archfixtures.everyclassinalayer.port.PortHelper;
import dev.outbound.archfixtures.everyclassinalayer.util.Strings;
import dev.outbound.archfixtures.guiceonlyinapp.adapter.mock.MockGuiceModule;
import dev.outbound.archfixtures.guiceonlyinapp.app.OutboundModule;
import dev.outbound.archfixtures.guiceonlyinapp.application.ProvidedService;
import dev.outbound.archfixtures.guiceonlyinapp.domain.InjectedRule;
import dev.outbound.archfixtures.hexagonallayers.adapter.mock.MockThingPort;
import dev.outbound.archfixtures.hexagonallayers.app.Main;
import dev.outbound.archfixtures.hexagonallayers.support.Stray;
import dev.outbound.archfixtures.jacksononlyinhttp.adapter.http.json.JsonCodec;
import dev.outbound.archfixtures.jacksononlyinhttp.adapter.mock.MockJson;
import dev.outbound.archfixtures.jacksononlyinhttp.app.JsonConfiguration;
import dev.outbound.archfixtures.jacksononlyinhttp.domain.AnnotatedRecord;
import dev.outbound.archfixtures.noadapterbyname.adapter.mock.MockBackendProvider;
import dev.outbound.archfixtures.noadapterbyname.app.HardWiredBackend;
import dev.outbound.archfixtures.noadapterbyname.app.ServiceLoaderDiscovery;
import dev.outbound.archfixtures.noadapterbyname.port.spi.DefaultProviders;
import dev.outbound.archfixtures.nodomaincycles.domain.campaign.Camp;
import dev.outbound.archfixtures.nodomaincycles.domain.record.Rec;
import dev.outbound.archfixtures.nodomaincycles.domain.schedule.Window;
import dev.outbound.archfixtures.nofieldinjection.adapter.mock.JavaxFieldInjected;
import dev.outbound.archfixtures.nofieldinjection.app.ConstructorInjected;
import dev.outbound.archfixtures.nofieldinjection.app.GuiceFieldInjected;
import dev.outbound.archfixtures.nofieldinjection.app.JakartaFieldInjected;
import dev.outbound.archfixtures.nojavaxinject.adapter.http.JavaxProvided;
import dev.outbound.archfixtures.nojavaxinject.app.JakartaWiredService;
import dev.outbound.archfixtures.nojavaxinject.app.JavaxWiredService;
import dev.outbound.archfixtures.nopackagecycles.application.StartService;
import dev.outbound.archfixtures.nopackagecycles.port.in.StartUseCase;
import dev.outbound.archfixtures.nowallclock.adapter.mock.MockTicker;
import dev.outbound.archfixtures.nowallclock.app.ProcessClock;
import dev.outbound.archfixtures.nowallclock.application.DefaultZoneService;
import dev.outbound.archfixtures.nowallclock.domain.LegacyDate;
import dev.outbound.archfixtures.nowallclock.domain.MillisStamp;
import dev.outbound.archfixtures.nowallclock.domain.NowReference;
import dev.outbound.archfixtures.nowallclock.domain.SystemClockDefault;
import dev.outbound.archfixtures.nowallclock.domain.schedule.ClockedRule;
import dev.outbound.archfixtures.nowallclock.domain.schedule.InstantNowRule;
import dev.outbound.archfixtures.nowallclock.domain.schedule.ZonedToday;
import dev.outbound.archfixtures.portsonlyondomain.port.in.GetThingUseCase;
import dev.outbound.archfixtures.portsonlyondomain.port.out.ThingPort;
import dev.outbound.archfixtures.portsonlyondomain.port.spi.GuiceThingProvider;
import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every rule of {@link OutboundArchitecture} can fail: each is run on a small fixture of deliberately broken classes
 * under {@code dev.outbound.archfixtures.<rule>} (laid out like the real packages, the fixture package standing for
 * {@code dev.outbound}), and must report every class marked VIOLATION there and none marked ALLOWED. A rule that
 * passes on the real code ({@link OutboundArchitectureTest}) means something only because it fails here.
 */
@DisplayName("Each architecture rule fails on code that breaks it")
class OutboundArchitectureRulesFailTest {

    private static final String FIXTURES = "dev.outbound.archfixtures";

    /** Jackson and javax.inject are not on this module's test class path: their fixtures use these stand-ins. */
    private static final Libraries STAND_INS = Libraries.relocatedUnder(FIXTURES + ".standins");

    @Test
    void domainDependsOnlyOnTheJdk() {
        EvaluationResult result = evaluate(OutboundArchitecture::domainDependsOnlyOnTheJdk, "domainjdkonly");

        assertBlames(result, LoggingRecord.class, FileBackedCalendar.class);
        assertReportMentions(result, "org.slf4j.Logger", "java.io.File");
        assertDoesNotBlame(result, PlainCampaign.class);
    }

    @Test
    void portsDependOnlyOnTheDomain() {
        EvaluationResult result = evaluate(OutboundArchitecture::portsDependOnlyOnTheDomain, "portsonlyondomain");

        assertBlames(result, GetThingUseCase.class, GuiceThingProvider.class);
        assertDoesNotBlame(result, ThingPort.class);
    }

    @Test
    void applicationDependsOnlyOnDomainPortsAndSlf4j() {
        EvaluationResult result = evaluate(OutboundArchitecture::applicationDependsOnlyOnDomainPortsAndSlf4j,
                "applicationdependencies");

        assertBlames(result, ShortcutService.class, ContainerService.class);
        assertReportMentions(result, "MockStore", "AppSettings", "com.google.inject.Injector");
        assertDoesNotBlame(result, LoggingService.class);
    }

    @Test
    void adaptersDoNotDependOnTheApplication() {
        EvaluationResult result = evaluate(OutboundArchitecture::adaptersDoNotDependOnTheApplication,
                "adaptersnotapplication");

        assertBlames(result, ShortcutEndpoint.class);
        assertDoesNotBlame(result, MockThingBackend.class);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        EvaluationResult result = evaluate(OutboundArchitecture::adaptersDoNotDependOnEachOther,
                "adaptersindependent");

        assertBlames(result, HttpBackend.class);
        assertDoesNotBlame(result, MockBackend.class);
    }

    @Test
    void nothingOutsideTheAdaptersRefersToAnAdapter() {
        EvaluationResult result = evaluate(OutboundArchitecture::nothingOutsideTheAdaptersRefersToAnAdapter,
                "noadapterbyname");

        assertBlames(result, HardWiredBackend.class, DefaultProviders.class);
        assertDoesNotBlame(result, ServiceLoaderDiscovery.class, MockBackendProvider.class);
    }

    @Test
    void guiceAndJakartaInjectOnlyInTheApp() {
        EvaluationResult result = evaluate(OutboundArchitecture::guiceAndJakartaInjectOnlyInTheApp, "guiceonlyinapp");

        assertBlames(result, MockGuiceModule.class, InjectedRule.class, ProvidedService.class);
        assertDoesNotBlame(result, OutboundModule.class);
    }

    @Test
    void jacksonOnlyInTheHttpAdapter() {
        EvaluationResult result = evaluate(root -> OutboundArchitecture.jacksonOnlyInTheHttpAdapter(root, STAND_INS),
                "jacksononlyinhttp");

        assertBlames(result, AnnotatedRecord.class, MockJson.class, JsonConfiguration.class);
        // Both the Jackson 2 and the Jackson 3 package names of the real rule are caught.
        assertReportMentions(result, "standins.com.fasterxml.jackson.", "standins.tools.jackson.");
        assertDoesNotBlame(result, JsonCodec.class);
    }

    @Test
    void noJavaxInject() {
        EvaluationResult result = evaluate(root -> OutboundArchitecture.noJavaxInject(root, STAND_INS),
                "nojavaxinject");

        assertBlames(result, JavaxWiredService.class, JavaxProvided.class);
        assertDoesNotBlame(result, JakartaWiredService.class);
    }

    @Test
    void noFieldInjection() {
        EvaluationResult result = evaluate(OutboundArchitecture::noFieldInjection, "nofieldinjection");

        assertBlames(result, GuiceFieldInjected.class, JakartaFieldInjected.class, JavaxFieldInjected.class);
        assertDoesNotBlame(result, ConstructorInjected.class);
    }

    @Test
    void noWallClockOutsideTheApp() {
        EvaluationResult result = evaluate(OutboundArchitecture::noWallClockOutsideTheApp, "nowallclock");

        assertBlames(result, InstantNowRule.class, ZonedToday.class, MillisStamp.class, LegacyDate.class,
                SystemClockDefault.class, NowReference.class, DefaultZoneService.class, MockTicker.class);
        assertReportMentions(result,
                "java.time.Instant.now()",
                "java.time.LocalDate.now(java.time.ZoneId)",
                "java.lang.System.currentTimeMillis()",
                "java.util.Date.<init>()",
                "java.util.Calendar.getInstance()",
                "java.time.Clock.systemUTC()",
                "java.time.Clock.systemDefaultZone()",
                "java.time.Clock.system(java.time.ZoneId)",
                "java.time.ZonedDateTime.now()",
                "java.time.LocalDateTime.now()",
                "java.time.LocalTime.now()",
                "java.time.OffsetDateTime.now()",
                "references method <java.time.Instant.now()>");
        // now(clock), clock.instant(), new Date(millis) and System.nanoTime() are allowed; the app is not checked.
        assertDoesNotBlame(result, ClockedRule.class, ProcessClock.class);
    }

    @Test
    void noCyclesBetweenTopLevelPackages() {
        EvaluationResult result = evaluate(OutboundArchitecture::noCyclesBetweenTopLevelPackages, "nopackagecycles");

        assertBlames(result, StartUseCase.class, StartService.class);
        assertReportMentions(result, "Cycle detected");
    }

    @Test
    void noCyclesBetweenDomainPackages() {
        EvaluationResult result = evaluate(OutboundArchitecture::noCyclesBetweenDomainPackages, "nodomaincycles");

        assertBlames(result, Rec.class, Camp.class);
        assertReportMentions(result, "Cycle detected");
        assertDoesNotBlame(result, Window.class);
    }

    @Test
    void everyClassBelongsToALayer() {
        EvaluationResult result = evaluate(OutboundArchitecture::everyClassBelongsToALayer, "everyclassinalayer");

        assertBlames(result, StrayAtRoot.class, Strings.class, PortHelper.class, AdapterBase.class);
        assertThat(result.getFailureReport().getDetails()).hasSize(4);
    }

    @Test
    void hexagonalLayers() {
        EvaluationResult result = evaluate(OutboundArchitecture::hexagonalLayers, "hexagonallayers");

        assertBlames(result, dev.outbound.archfixtures.hexagonallayers.domain.Thing.class, MockThingPort.class,
                Main.class, Stray.class);
        assertDoesNotBlame(result, dev.outbound.archfixtures.hexagonallayers.application.ThingService.class);
    }

    @Test
    void hexagonalLayersReportsAnEmptyLayer() {
        EvaluationResult result = evaluate(OutboundArchitecture::hexagonalLayers, "hexagonallayersnoapp");

        assertThat(result.hasViolation()).isTrue();
        assertReportMentions(result, "Layer 'App' is empty");
    }

    /** "Fail on empty should" is on: a rule whose subject has no class fails instead of passing vacuously. */
    @Test
    void aRuleWithNothingToCheckFails() {
        // That fixture has adapters only: the domain rule finds no domain class.
        JavaClasses adaptersOnly = classesOf("adaptersindependent");
        ArchRule rule = OutboundArchitecture.domainDependsOnlyOnTheJdk(FIXTURES + ".adaptersindependent");

        assertThatThrownBy(() -> rule.evaluate(adaptersOnly))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static JavaClasses classesOf(String fixture) {
        JavaClasses classes = new ClassFileImporter().importPackages(FIXTURES + "." + fixture);
        assertThat(classes).as("classes of fixture %s", fixture).isNotEmpty();
        return classes;
    }

    private static EvaluationResult evaluate(Function<String, ArchRule> rule, String fixture) {
        return rule.apply(FIXTURES + "." + fixture).evaluate(classesOf(fixture));
    }

    private static String report(EvaluationResult result) {
        return String.join(System.lineSeparator(), result.getFailureReport().getDetails());
    }

    /** Each offender is the origin of at least one reported violation. */
    private static void assertBlames(EvaluationResult result, Class<?>... offenders) {
        assertThat(result.hasViolation()).as("the rule reports a violation").isTrue();
        String report = report(result);
        for (Class<?> offender : offenders) {
            assertThat(blames(report, offender.getName()))
                    .as("the failure report blames %s:%n%s", offender.getName(), report)
                    .isTrue();
        }
    }

    /** No control is the origin of a reported violation (it may appear as the target of another class's). */
    private static void assertDoesNotBlame(EvaluationResult result, Class<?>... allowed) {
        String report = report(result);
        for (Class<?> control : allowed) {
            assertThat(blames(report, control.getName()))
                    .as("the failure report does not blame %s:%n%s", control.getName(), report)
                    .isFalse();
        }
    }

    private static void assertReportMentions(EvaluationResult result, String... texts) {
        assertThat(report(result)).contains(Arrays.asList(texts));
    }

    /**
     * Whether a line of the report starts with {@code className} as its origin: ArchUnit writes each violation as
     * "Class|Method|Field|Constructor &lt;origin&gt; ... &lt;target&gt; ...", so the first name in angle brackets is
     * the origin (a class, or one of its members or nested classes).
     */
    private static boolean blames(String report, String className) {
        return report.lines()
                .map(FIRST_NAME_IN_BRACKETS::matcher)
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .anyMatch(origin -> origin.equals(className) || origin.startsWith(className + ".")
                        || origin.startsWith(className + "$"));
    }

    private static final Pattern FIRST_NAME_IN_BRACKETS = Pattern.compile("<([^>]*)>");
}
