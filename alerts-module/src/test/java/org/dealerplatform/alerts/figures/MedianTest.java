package org.dealerplatform.alerts.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MedianTest {

    @Test
    void nothingHasNoMedian() {
        assertEquals(Optional.empty(), Median.of(List.of()));
    }

    @Test
    void anOddCountTakesTheMiddleOneWhateverTheOrder() {
        assertEquals(Duration.ofHours(6), Median.of(List.of(Duration.ofHours(10), Duration.ofHours(2),
                Duration.ofHours(6))).orElseThrow());
        assertEquals(Duration.ofMinutes(5), Median.of(List.of(Duration.ofMinutes(5))).orElseThrow());
    }

    @Test
    void anEvenCountTakesTheMeanOfTheMiddleTwo() {
        assertEquals(Duration.ofHours(4), Median.of(List.of(Duration.ofHours(6), Duration.ofHours(2))).orElseThrow());
        // 1 ms and 2 ms: 1.5 ms, to the millisecond below
        assertEquals(Duration.ofMillis(1), Median.of(List.of(Duration.ofMillis(1), Duration.ofMillis(2))).orElseThrow());
        assertEquals(Duration.ofHours(3), Median.of(List.of(Duration.ofHours(1), Duration.ofHours(2),
                Duration.ofHours(4), Duration.ofHours(100))).orElseThrow(), "one very late call does not move it");
    }

    @Test
    void hugeDurationsDoNotOverflow() {
        Duration big = Duration.ofMillis(Long.MAX_VALUE - 1);
        assertEquals(big, Median.of(List.of(big, big)).orElseThrow());
    }
}
