package org.egate.border.reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ReasonCodeTest {

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void every_code_has_a_chinese_message_in_han_script(ReasonCode code) {
        assertThat(code.zhTw()).isNotBlank();
        assertThat(code.zhTw().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
                .as("zh-TW message of %s contains Han characters", code).isTrue();
    }

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void every_code_has_an_english_message_without_chinese(ReasonCode code) {
        assertThat(code.english()).isNotBlank().matches("[\\x20-\\x7E–]+").endsWith(".");
    }

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void every_code_says_whether_it_accepts_refers_or_rejects(ReasonCode code) {
        assertThat(code.outcome()).isNotNull();
        assertThat(code.message()).isEqualTo(new BilingualMessage(code.zhTw(), code.english()));
    }

    @Test
    void retryable_codes_are_never_acceptances() {
        for (ReasonCode code : ReasonCode.values()) {
            if (code.isRetryable()) {
                assertThat(code.outcome()).as(code.name()).isNotEqualTo(Outcome.ACCEPT);
            }
        }
    }

    @Test
    void the_gate_conditions_of_the_source_are_retryable_refusals() {
        assertThat(ReasonCode.OCCLUSION_SUNGLASSES.isRetryable()).isTrue();
        assertThat(ReasonCode.OCCLUSION_HAT.isRetryable()).isTrue();
        assertThat(ReasonCode.OCCLUSION_MASK.isRetryable()).isTrue();
        assertThat(ReasonCode.TROLLEY_IN_ZONE.isRetryable()).isTrue();
        assertThat(ReasonCode.MORE_THAN_ONE_PERSON.isRetryable()).isTrue();
        assertThat(ReasonCode.CHILD_IN_LANE.isRetryable()).isTrue();
        assertThat(ReasonCode.EXIT_BAN.isRetryable()).isFalse();
        assertThat(ReasonCode.EXIT_BAN.outcome()).isEqualTo(Outcome.REJECT);
        assertThat(ReasonCode.POSSIBLE_DUPLICATE.outcome()).isEqualTo(Outcome.REFER);
        assertThat(ReasonCode.CLEARED.outcome()).isEqualTo(Outcome.ACCEPT);
    }

    @Test
    void messages_follow_the_locale_language() {
        assertThat(ReasonCode.EXIT_BAN.message(Locale.TAIWAN)).isEqualTo("受禁止出國處分，請至櫃檯辦理。");
        assertThat(ReasonCode.EXIT_BAN.message(Locale.ENGLISH)).isEqualTo("Under an exit ban. Please go to a counter.");
        assertThat(ReasonCode.EXIT_BAN.message(Locale.JAPANESE)).startsWith("Under an exit ban");
    }

    @Test
    void a_blank_message_is_refused_naming_it() {
        assertThatThrownBy(() -> new BilingualMessage(" ", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-blank");
    }
}
