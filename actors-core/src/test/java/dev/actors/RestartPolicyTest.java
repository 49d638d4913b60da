package dev.actors;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestartPolicyTest {

    @Test
    void defaultsAreTheContractsOnes() {
        assertThat(RestartPolicy.never().restarts()).isFalse();
        RestartPolicy onFailure = RestartPolicy.onFailure();
        assertThat(onFailure.maxRestarts()).isEqualTo(3);
        assertThat(onFailure.within()).isEqualTo(Duration.ofMinutes(1));
        assertThat(onFailure.minBackoff()).isEqualTo(Duration.ofMillis(100));
        assertThat(onFailure.maxBackoff()).isEqualTo(Duration.ofSeconds(10));
        assertThat(onFailure).hasToString("RestartPolicy.onFailure(maxRestarts=3, within=PT1M, backoff=PT0.1S..PT10S)");
        assertThat(RestartPolicy.never()).hasToString("RestartPolicy.never()");
    }

    @Test
    void badValuesAreRefusedWithTheReason() {
        RestartPolicy policy = RestartPolicy.onFailure();
        assertThatThrownBy(() -> policy.withMaxRestarts(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRestarts must be at least 1, got 0");
        assertThatThrownBy(() -> policy.withMaxRestarts(1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("within must be positive");
        assertThatThrownBy(() -> policy.withMaxRestarts(1, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.withBackoff(Duration.ofSeconds(-1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 <= min <= max");
        assertThatThrownBy(() -> policy.withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got min PT2S and max PT1S");
        assertThatThrownBy(() -> policy.withBackoff(null, Duration.ofSeconds(1))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RestartPolicy.never().withMaxRestarts(3, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("never() does not restart");
        assertThatThrownBy(() -> RestartPolicy.never().withBackoff(Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theBackoffDoublesUpToTheMaximumWithTwentyPercentJitter() {
        RestartPolicy policy = RestartPolicy.onFailure().withBackoff(Duration.ofMillis(100), Duration.ofSeconds(1));
        for (int i = 0; i < 1_000; i++) {
            assertThat(policy.backoffNanos(0)).isBetween(80_000_000L, 120_000_000L);
            assertThat(policy.backoffNanos(1)).isBetween(160_000_000L, 240_000_000L);
            assertThat(policy.backoffNanos(3)).isBetween(640_000_000L, 960_000_000L);
            assertThat(policy.backoffNanos(10)).isBetween(800_000_000L, 1_200_000_000L);
            assertThat(policy.backoffNanos(Integer.MAX_VALUE)).isBetween(800_000_000L, 1_200_000_000L);
        }
        RestartPolicy huge = RestartPolicy.onFailure().withBackoff(Duration.ofDays(1_000_000_000L),
                Duration.ofDays(1_000_000_000L));
        assertThat(huge.backoffNanos(5)).isPositive();
        assertThat(RestartPolicy.onFailure().withBackoff(Duration.ZERO, Duration.ZERO).backoffNanos(7)).isZero();
    }

    @Test
    void equalByValue() {
        assertThat(RestartPolicy.onFailure().withMaxRestarts(5, Duration.ofSeconds(5)))
                .isEqualTo(RestartPolicy.onFailure().withMaxRestarts(5, Duration.ofSeconds(5)))
                .hasSameHashCodeAs(RestartPolicy.onFailure().withMaxRestarts(5, Duration.ofSeconds(5)))
                .isNotEqualTo(RestartPolicy.onFailure());
    }
}
