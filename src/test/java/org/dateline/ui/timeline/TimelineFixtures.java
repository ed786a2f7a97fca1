// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dateline.model.Article;
import org.dateline.model.DateSpan;
import org.dateline.model.Event;
import org.dateline.model.Passage;
import org.dateline.model.Source;
import org.dateline.model.Span;
import org.dateline.model.Timeline;

/** Events built by hand for timeline tests and benchmarks. */
public final class TimelineFixtures {
    private static final Article ARTICLE = new Article("a.txt", "0", "Some text for the passages of the test events.",
            "A", LocalDate.of(2025, 7, 25), null, null, null, List.of(new Span(0, 10)), List.of());
    private static int ids;

    private TimelineFixtures() {
    }

    public static Event event(String timex, String title, String... actors) {
        DateSpan d = DateSpan.parse(timex.replace("~", ""), timex.startsWith("~")).orElseThrow();
        return new Event("e" + (ids++), d, title, List.of(actors), List.of(new Source(new Passage(ARTICLE, 0, 4), null)));
    }

    /** The seed articles' events, dated and titled as a good extraction would give them. */
    public static List<Event> seedsLike() {
        return List.of(
                event("2025", "Taliban stay diplomatically isolated despite Russia's recognition", "Taliban", "Russia"),
                event("2025-07-03", "Russia formally recognises the Taliban administration", "Russia", "Taliban"),
                event("2025-07-03", "Moscow recognises the Taliban, a first", "Russia", "Taliban"),
                event("2025-07-03", "Kabul hails recognition as a breakthrough", "Taliban", "Russia"),
                event("2025-10", "Putin says Afghan authorities try to stabilise the country", "Vladimir Putin", "Russia"),
                event("~2025", "Taliban host several US delegations in Kabul", "Taliban", "United States"),
                event("2025", "Trump halts American financial assistance to Afghanistan", "Donald Trump", "United States"),
                event("2021-08", "US withdrawal from Afghanistan", "United States", "Afghanistan"),
                event("2025", "Taliban officials make 99 foreign trips", "Taliban"),
                event("~2025", "Relations between Pakistan and the Taliban deteriorate", "Pakistan", "Taliban"),
                event("2025-12", "Haqqani publicly criticises governance", "Sirajuddin Haqqani", "Taliban"),
                event("2025-12", "Afghanistan faces a political stalemate", "Afghanistan"),
                event("2021-08-15", "The Taliban reconquer Afghanistan", "Taliban", "Afghanistan"),
                event("2022-03", "Russia accredits Taliban envoy Jamal Nasir Gharwal", "Russia", "Jamal Nasir Gharwal"),
                event("2022-04", "Gharwal takes control of the Afghan embassy in Moscow", "Jamal Nasir Gharwal", "Russia"),
                event("2025-04", "Moscow revokes the Taliban's terrorist designation", "Russia", "Taliban"),
                event("2025-07", "Official recognition earlier this month", "Russia", "Taliban"));
    }

    public static Timeline timeline(List<Event> events) {
        return new Timeline(List.of(ARTICLE), List.of(), events, java.util.Map.of());
    }

    /** {@code n} events over ten years, a mix of days, months and years, some approximate, eight actors. */
    public static List<Event> synthetic(int n, long seed) {
        Random r = new Random(seed);
        String[] actors = {"Russia", "Taliban", "United States", "Pakistan", "China", "United Nations", "Iran", "India"};
        List<Event> out = new ArrayList<>(n);
        LocalDate base = LocalDate.of(2015, 1, 1);
        for (int i = 0; i < n; i++) {
            LocalDate d = base.plusDays(r.nextInt(3650));
            int kind = r.nextInt(10);
            String timex = kind < 7 ? d.toString() : kind < 9 ? d.toString().substring(0, 7) : d.toString().substring(0, 4);
            if (r.nextInt(8) == 0) {
                timex = "~" + timex;
            }
            String a = actors[Math.min(actors.length - 1, (int) Math.abs(r.nextGaussian() * 3))];
            out.add(event(timex, "Event " + i + " about " + a + " and what happened then", a));
        }
        return out;
    }
}
