package dev.outbound.domain.dialing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.domain.SeedSamples;
import dev.outbound.domain.dnc.DoNotCallList;
import dev.outbound.domain.record.CallingListRecord;
import dev.outbound.domain.record.GswRecordForm;
import dev.outbound.domain.record.RecordStatus;
import dev.outbound.domain.record.RecordType;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallableRuleTest {
    /** 14:30 UTC on a winter day: 09:30 in New York (EST), 06:30 in Los Angeles (PST). */
    static final Instant WINTER_AFTERNOON_UTC = Instant.parse("2031-01-15T14:30:00Z");

    static CallingListRecord record(String tzName, long offset, long from, long until) {
        Map<String, Object> flat = new HashMap<>(SeedSamples.deliveredRecord());
        flat.put("GSW_TZ_NAME", tzName);
        flat.put("GSW_TZ_OFFSET", offset);
        flat.put("GSW_FROM", from);
        flat.put("GSW_UNTIL", until);
        return GswRecordForm.fromFlat(flat);
    }

    @Test
    void seedRecordIsCallableAtAnyInstant() {
        CallingListRecord seed = GswRecordForm.fromFlat(SeedSamples.deliveredRecord());

        assertThat(CallableRule.check(seed, WINTER_AFTERNOON_UTC, DoNotCallList.EMPTY).isCallable()).isTrue();
        assertThat(CallableRule.check(seed, Instant.parse("2031-07-01T03:00:00Z"), DoNotCallList.EMPTY))
                .isEqualTo(new Callability.Callable());
    }

    @Test
    void eachRecordIsJudgedInItsOwnZone() {
        CallingListRecord newYork = record("EST", -18000, 9 * 3600, 17 * 3600);
        CallingListRecord losAngeles = record("PST", -28800, 9 * 3600, 17 * 3600);

        assertThat(CallableRule.check(newYork, WINTER_AFTERNOON_UTC, DoNotCallList.EMPTY))
                .isEqualTo(new Callability.Callable());
        assertThat(CallableRule.check(losAngeles, WINTER_AFTERNOON_UTC, DoNotCallList.EMPTY))
                .isEqualTo(new Callability.OutsideCallingWindow());
    }

    @Test
    void doNotCallListBlocksByPhoneOrCustomer() {
        CallingListRecord seed = GswRecordForm.fromFlat(SeedSamples.deliveredRecord());
        DoNotCallList byPhone = (phone, customer) -> phone.equals("+33647005");

        assertThat(CallableRule.check(seed, WINTER_AFTERNOON_UTC, byPhone))
                .isEqualTo(new Callability.OnDoNotCallList());
    }

    @Test
    void rescheduledRecordWaitsForItsTime() {
        Instant due = WINTER_AFTERNOON_UTC.plusSeconds(3600);
        CallingListRecord rescheduled = GswRecordForm.fromFlat(SeedSamples.deliveredRecord())
                .scheduledFor(due, RecordType.CAMPAIGN_RESCHEDULED);

        assertThat(CallableRule.check(rescheduled, WINTER_AFTERNOON_UTC, DoNotCallList.EMPTY))
                .isEqualTo(new Callability.ScheduledLater(due));
        assertThat(CallableRule.check(rescheduled, due, DoNotCallList.EMPTY).isCallable()).isTrue();
    }

    @Test
    void finishedRecordsAreNotDialedAgainAndDoNotCallIsCheckedBeforeTheWindow() {
        CallingListRecord seed = GswRecordForm.fromFlat(SeedSamples.deliveredRecord());
        CallingListRecord closedWindowOnDnc = record("EST", -18000, 0, 60);

        assertThat(CallableRule.check(seed.withStatus(RecordStatus.UPDATED), WINTER_AFTERNOON_UTC,
                DoNotCallList.EMPTY)).isEqualTo(new Callability.Finished());
        assertThat(CallableRule.check(closedWindowOnDnc, WINTER_AFTERNOON_UTC, (p, c) -> true))
                .isEqualTo(new Callability.OnDoNotCallList());
        assertThat(seed.customerId()).isEqualTo(Optional.empty());
    }
}
