package org.egate.border.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.egate.border.crossing.CrossingId;
import org.egate.border.crossing.IdempotencyKey;
import org.egate.border.traveler.TravelerId;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void bad_identifiers_are_refused_naming_the_value() {
        assertThatThrownBy(() -> SiteId.of("taoyuan")).hasMessageContaining("'taoyuan'");
        assertThatThrownBy(() -> LaneId.of("TAOYUAN--D01")).hasMessageContaining("'TAOYUAN--D01'");
        assertThatThrownBy(() -> LaneId.of("X".repeat(41))).hasMessageContaining("up to 40");
        assertThatThrownBy(() -> TerminalCode.of("")).hasMessageContaining("''");
        assertThatThrownBy(() -> TravelerId.of("not-a-uuid")).hasMessageContaining("'not-a-uuid'");
        assertThatThrownBy(() -> IdempotencyKey.of("short")).hasMessageContaining("'short'");
        assertThatThrownBy(() -> SiteId.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void good_identifiers_round_trip_through_text() {
        String uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
        assertThat(TravelerId.of(uuid).toString()).isEqualTo(uuid);
        assertThat(CrossingId.of(uuid).value().toString()).isEqualTo(uuid);
        assertThat(LaneId.of(SiteId.of("SHUITOU"), TerminalCode.MAIN, Direction.DEPARTURE, 1))
                .isEqualTo(LaneId.of("SHUITOU-MAIN-D01"));
        assertThat(IdempotencyKey.of("lane:SHUITOU-MAIN-D01:000042").value()).endsWith("000042");
    }
}
