// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Timeline;
import org.dateline.model.Timex;
import org.dateline.store.ExtractJson;

/** Development aid: the seeds' events from hand-built dates and actors ({@link Fixtures}). Arg: output JSON. */
public final class SeedsEventRun {
    private SeedsEventRun() {
    }

    public static void main(String[] args) throws Exception {
        Article a = Fixtures.seed(Fixtures.SEED_2025, null);
        Article b = Fixtures.seed(Fixtures.SEED_RUSSIA, LocalDate.of(2025, 7, 25));
        List<Timex> ta = Fixtures.seed2025Timexes(a);
        List<Timex> tb = Fixtures.seedRussiaTimexes(b);
        EventBuilder builder = new EventBuilder();
        List<Event> events = new ArrayList<>(builder.build(a, ta, Fixtures.mentions(a, Fixtures.seedActors())));
        events.addAll(builder.build(b, tb, Fixtures.mentions(b, Fixtures.seedActors())));
        Timeline t = new Timeline(List.of(a, b), List.of(), new EventMerger().merge(events),
                Map.of(a.file(), ta, b.file(), tb));
        try (OutputStream os = Files.newOutputStream(Path.of(args[0]))) {
            ExtractJson.write(t, os);
        }
        for (Event e : t.events()) {
            System.out.println(e.date().value() + (e.date().approximate() ? "~" : "") + "\t" + e.sources().size()
                    + "\t" + e.actors() + "\t" + e.title());
        }
    }
}
