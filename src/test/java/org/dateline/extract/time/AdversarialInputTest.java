// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A 1 MB line of digits, dashes and month names takes linear time: no rule backtracks over the whole line. */
class AdversarialInputTest {
    private static final TimeExtractor X = TimeExtractor.load();
    private static final LocalDate DCT = LocalDate.of(2025, 7, 25);

    private static String line(int size, long seed) {
        String[] pieces = {"March", "May", "2025", "-", "--", "12", " ", "of", "the", "1999", "31st", ":", "mid-",
            "1", "9", "/", "July 3", " 2025", "last", "year", "ago"};
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(size + 16);
        while (sb.length() < size) {
            sb.append(pieces[r.nextInt(pieces.length)]);
        }
        return sb.substring(0, size);
    }

    private static long cpuNanos(String text) {
        var mx = ManagementFactory.getThreadMXBean();
        long t0 = mx.getCurrentThreadCpuTime();
        X.extract(text, DCT);
        return mx.getCurrentThreadCpuTime() - t0;
    }

    @Test
    void megabyteLineOfDigitsDashesAndMonthsTakesLinearTime() {
        cpuNanos(line(1 << 18, 1)); // warm up: JIT and the rule index
        long quarter = cpuNanos(line(1 << 18, 2));
        long full = cpuNanos(line(1 << 20, 3));
        // Linear time makes the full line about four times the quarter; quadratic would be sixteen.
        assertThat(full).isLessThan(Math.max(quarter, 1_000_000L) * 9);
        assertThat(full / 1e9).as("seconds of CPU for 1 MB").isLessThan(10.0);
    }

    @Test
    void longRunsOfOneCharacterAreHandled() {
        for (String c : new String[]{"1", "-", " ", "a", "May ", "12:", "/"}) {
            String text = c.repeat((1 << 18) / c.length());
            assertThat(X.extract(text, DCT)).allSatisfy(t -> assertThat(t.end()).isLessThanOrEqualTo(text.length()));
        }
    }
}
