// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;
import org.dateline.model.DateSpan;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;

/** Random and adversarial text: never a crash, offsets in range, no overlaps, every value well-formed. */
class TimeExtractorProperties {
    private static final TimeExtractor X = TimeExtractor.load();
    private static final Pattern NON_CALENDAR = Pattern.compile(
            "PRESENT_REF|PAST_REF|FUTURE_REF|XXXX(?:-(?:XX|\\d{2}|WXX|W\\d{2}))?(?:-(?:XX|\\d{2}|[1-7]|WE|SP|SU|FA|WI|Q[1-4]|H[12]))?(?:T.*)?"
                    + "|XXXX-(?:SP|SU|FA|WI|Q[1-4]|H[12])");
    private static final Pattern DURATION = Pattern.compile("P(?:T?(?:[\\dX.]+[YMWDHS])|[\\dX.]+(?:DE|CE))+");
    private static final List<String> PIECES = List.of("March", "may", "May", "July", "2025", "1999", "-", "--", "/",
            "12", "3", "31st", "of", "the", "last", "next", "following", "month", "year", "years", "ago", "later",
            "early", "mid-", "late", "Q3", "quarter", "third", "Monday", "Sunday Times", "12:00", "UTC", ", ", ".",
            "\n", " ", " ", " ", "in", "during", "nearly", "four", "decade", "1990s", "'80s", "century", "20th",
            "every", "morning", "annually", "today", "yesterday", "this", "week", "spring", "fall", "now", "FY",
            "p.m.", "a.m.", "Christmas", "\u2019", "'s", "é", "\u00a0", "99", "2000000", "0000-00-00");

    @Provide
    Arbitrary<String> newsLike() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '\u2019', '\u00e9').ofMaxLength(300);
    }

    @Property(tries = 400)
    void newsLikeTextYieldsWellFormedTimexes(@ForAll("newsLike") String text,
                                              @ForAll("dates") LocalDate published) {
        check(text, published);
        check(text, null);
    }

    @Property(tries = 300)
    void randomTextNeverThrowsAndStaysInRange(@ForAll("noise") String text) {
        check(text, LocalDate.of(2025, 7, 25));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Dates.dates().between(LocalDate.of(1990, 1, 1), LocalDate.of(2030, 12, 31));
    }

    private static void check(String text, LocalDate published) {
        List<Timex> got = X.extract(text, published);
        int lastEnd = 0;
        for (Timex t : got) {
            assertThat(t.start()).isGreaterThanOrEqualTo(lastEnd);
            assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length());
            assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
            lastEnd = t.end();
            String v = t.value();
            assertThat(v).as("no intermediate notation leaks").doesNotContain("dct.", "ref.", "prev:", "next:", "cur:");
            if (t.type() == TimexType.DATE || t.type() == TimexType.TIME) {
                boolean ok = DateSpan.parse(v).isPresent() || NON_CALENDAR.matcher(v).matches();
                assertThat(ok).as("value %s of '%s' (%s)", v, t.text(), t.rule()).isTrue();
            } else if (t.type() == TimexType.DURATION) {
                assertThat(v).as("duration of '%s'", t.text()).matches(DURATION);
            }
        }
    }
}
