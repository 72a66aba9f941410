package dev.outbound.adapter.mock.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.domain.record.CallingListRecord;
import dev.outbound.domain.record.Chain;
import dev.outbound.domain.record.ChainId;
import dev.outbound.domain.record.GswRecordForm;
import dev.outbound.domain.record.PhoneType;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.record.RecordStatus;
import dev.outbound.domain.record.RecordType;
import dev.outbound.domain.result.CallResult;
import dev.outbound.domain.schedule.CallingWindow;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generator of realistic calling-list records: deterministic, well-numbered, valid, spread over the zones. */
class RecordGeneratorTest {
    private static final Instant WINTER = Instant.parse("2031-01-15T14:30:00Z");
    private static final Instant SUMMER = Instant.parse("2031-07-15T14:30:00Z");
    private static final int MANY = 3000;

    private static List<Chain> generate(int chains, long seed) {
        return RecordGenerator.generate("Generated", chains, seed, 1000, 500, WINTER);
    }

    private static List<CallingListRecord> records(List<Chain> chains) {
        return chains.stream().flatMap(c -> c.records().stream()).toList();
    }

    @Test
    void theSameSeedGivesEqualChains() {
        assertThat(generate(200, 42)).isEqualTo(generate(200, 42));
    }

    @Test
    void differentSeedsGiveDifferentChains() {
        List<Chain> a = generate(200, 42);
        List<Chain> b = generate(200, 43);

        assertThat(a).isNotEqualTo(b);
        assertThat(records(a).stream().map(CallingListRecord::phone).toList())
                .isNotEqualTo(records(b).stream().map(CallingListRecord::phone).toList());
    }

    @Test
    void zeroChainsGiveAnEmptyList() {
        assertThat(generate(0, 1)).isEmpty();
    }

    @Test
    void handlesAreConsecutiveFromTheFirstHandleAndUnique() {
        List<RecordHandle> handles = records(generate(MANY, 7)).stream().map(CallingListRecord::handle).toList();

        for (int i = 0; i < handles.size(); i++) {
            assertThat(handles.get(i)).isEqualTo(RecordHandle.of(1000 + i));
        }
        assertThat(handles).doesNotHaveDuplicates();
    }

    @Test
    void chainIdsAreConsecutiveFromTheFirstChainIdAndUnique() {
        List<ChainId> ids = generate(MANY, 7).stream().map(Chain::id).toList();

        for (int i = 0; i < ids.size(); i++) {
            assertThat(ids.get(i)).isEqualTo(ChainId.of(500 + i));
        }
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void chainsHoldOneToThreeRecordsAndEverySizeOccurs() {
        Set<Integer> sizes = generate(MANY, 7).stream().map(c -> c.records().size()).collect(Collectors.toSet());

        assertThat(sizes).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void theRecordsOfAChainShareChainIdZoneWindowAndCustomer() {
        for (Chain chain : generate(MANY, 7)) {
            CallingListRecord first = chain.delivered();
            assertThat(chain.records()).allSatisfy(record -> {
                assertThat(record.chainId()).isEqualTo(first.chainId());
                assertThat(record.timeZone()).isEqualTo(first.timeZone());
                assertThat(record.window()).isEqualTo(first.window());
                assertThat(record.attributes()).isEqualTo(first.attributes());
            });
        }
    }

    @Test
    void theFirstNumberIsHomeAndTheOthersMobileOrBusiness() {
        for (Chain chain : generate(MANY, 7)) {
            assertThat(chain.delivered().phoneType()).isEqualTo(PhoneType.HOME);
            assertThat(chain.records().subList(1, chain.records().size())).extracting(CallingListRecord::phoneType)
                    .allMatch(type -> type == PhoneType.MOBILE || type == PhoneType.DIRECT_BUSINESS);
        }
    }

    @Test
    void everyZoneIsUsedForAFewThousandChains() {
        Set<String> zones = generate(MANY, 7).stream().map(c -> c.delivered().timeZone().name())
                .collect(Collectors.toSet());

        assertThat(zones).containsExactlyInAnyOrderElementsOf(RecordGenerator.ZONES);
    }

    @Test
    void windowsAreTheThreeDocumentedOnesAndEachOccurs() {
        Set<CallingWindow> windows = generate(MANY, 7).stream().map(c -> c.delivered().window())
                .collect(Collectors.toSet());

        assertThat(windows).containsExactlyInAnyOrder(
                CallingWindow.of(LocalTime.of(8, 0), LocalTime.of(21, 0)),
                CallingWindow.of(LocalTime.of(9, 0), LocalTime.of(18, 0)),
                CallingWindow.allDay());
    }

    @Test
    void offsetsFollowDaylightSavingAtTheGivenInstant() {
        Chain winter = RecordGenerator.generate("Generated", MANY, 7, 1, 1, WINTER).stream()
                .filter(c -> c.delivered().timeZone().name().equals("EST")).findFirst().orElseThrow();
        Chain summer = RecordGenerator.generate("Generated", MANY, 7, 1, 1, SUMMER).stream()
                .filter(c -> c.id().equals(winter.id())).findFirst().orElseThrow();

        assertThat(winter.delivered().timeZone().offsetSeconds()).isEqualTo(-5 * 3600);
        assertThat(summer.delivered().timeZone().offsetSeconds()).isEqualTo(-4 * 3600);
    }

    @Test
    void recordsAreFreshGeneralRecordsOfTheCampaign() {
        assertThat(records(generate(300, 7))).allSatisfy(record -> {
            assertThat(record.attempts()).isZero();
            assertThat(record.callResult()).isEqualTo(CallResult.UNKNOWN);
            assertThat(record.type()).isEqualTo(RecordType.GENERAL);
            assertThat(record.status()).isEqualTo(RecordStatus.READY);
            assertThat(record.callbackAt()).isEqualTo(Optional.empty());
            assertThat(record.attributes()).containsEntry("GSW_CAMPAIGN_NAME", "Generated");
        });
    }

    @Test
    void recordsCarryTheDocumentedCustomFields() {
        assertThat(records(generate(300, 7))).allSatisfy(record -> {
            Map<String, Object> attributes = record.attributes();
            assertThat(attributes).containsOnlyKeys("GSW_CAMPAIGN_NAME", "Customer_Name", "Account_Number",
                    "Balance", "Plan");
            assertThat((String) attributes.get("Customer_Name")).matches("[A-Z][a-z]+ [A-Z][a-z]+");
            assertThat((Long) attributes.get("Account_Number")).isBetween(100_000L, 999_999L);
            assertThat((String) attributes.get("Balance")).matches("[0-9]{1,4}\\.[0-9]{2}");
            assertThat(attributes.get("Plan")).isIn("basic", "plus", "premium");
        });
    }

    @Test
    void phoneNumbersUseTheirZonesCountryCode() {
        Map<String, String> countryOf = Map.of("EST", "+1", "CST", "+1", "MST", "+1", "PST", "+1", "GMT", "+44",
                "CET", "+33", "EET", "+358", "JST", "+81", "AEST", "+61", "ACT", "+61");

        assertThat(records(generate(MANY, 7))).allSatisfy(record -> assertThat(record.phone())
                .startsWith(countryOf.get(record.timeZone().name()))
                .matches("\\+[0-9]{10,13}"));
    }

    @Test
    void everyRecordSurvivesTheFlatFormRoundTrip() {
        for (CallingListRecord record : records(generate(MANY, 7))) {
            assertThat(GswRecordForm.fromFlat(GswRecordForm.toFlat(record))).isEqualTo(record);
        }
    }

    @Test
    void everyChainSurvivesTheFlatFormRoundTrip() {
        for (Chain chain : generate(300, 7)) {
            assertThat(Chain.fromFlat(chain.toFlat())).isEqualTo(chain);
        }
    }
}
