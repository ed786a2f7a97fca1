// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.extract.actor.ActorMention;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;
import org.dateline.model.Article;
import org.dateline.model.PublishedSource;
import org.dateline.model.Span;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;

/** Hand-built articles, temporal expressions and actor mentions, so event tests do not hang on the taggers. */
final class Fixtures {
    private Fixtures() {
    }

    static Article article(String file, String text, LocalDate published) {
        return new Article(file, "0", text, null, published, published == null ? null : PublishedSource.TEXT, null,
                null, List.of(new Span(0, text.length())), List.of());
    }

    /** A seed article as the app ships it ({@code seeds/NAME}), its whole text taken as body. */
    static Article seed(String name, LocalDate published) throws java.io.IOException {
        String text = Files.readString(Path.of("seeds", name), StandardCharsets.UTF_8);
        return article(name, text, published);
    }

    /** The {@code nth} (from 0) occurrence of {@code surface} in the article, as a timex. */
    static Timex timex(Article a, String surface, int nth, TimexType type, String value, String mod) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = a.text().indexOf(surface, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("no " + surface + " #" + nth + " in " + a.file());
            }
        }
        return new Timex(surface, at, at + surface.length(), type, value, mod, value, "test", null);
    }

    static Timex date(Article a, String surface, String value) {
        return timex(a, surface, 0, TimexType.DATE, value, null);
    }

    /** Every whole-word occurrence of each surface form (longest first), as a mention of its actor. */
    static List<ActorMention> mentions(Article a, Map<String, String> surfaceToActor) {
        List<ActorMention> out = new ArrayList<>();
        List<String> forms = new ArrayList<>(surfaceToActor.keySet());
        forms.sort(Comparator.comparingInt(String::length).reversed());
        boolean[] taken = new boolean[a.text().length()];
        for (String f : forms) {
            Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(f) + "(?![\\p{L}])").matcher(a.text());
            while (m.find()) {
                if (taken[m.start()]) {
                    continue;
                }
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
                String name = surfaceToActor.get(f);
                out.add(new ActorMention(m.start(), m.end(), f, new Actor(name, ActorKind.ORGANIZATION, Set.of(f))));
            }
        }
        out.sort(Comparator.comparingInt(ActorMention::start));
        return out;
    }

    /** The actors of the two seed articles, by surface form. */
    static Map<String, String> seedActors() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String s : List.of("Russia", "Russia’s", "Moscow", "Moscow’s", "Kremlin", "Russian")) {
            m.put(s, "Russia");
        }
        for (String s : List.of("Taliban", "Taliban’s", "Islamic Emirate", "Taliban administration", "Kabul regime",
                "Taliban 2.0")) {
            m.put(s, "Taliban");
        }
        for (String s : List.of("US", "United States", "Washington", "American")) {
            m.put(s, "United States");
        }
        for (String s : List.of("Afghanistan", "Afghanistan’s", "Afghan", "Kabul")) {
            m.put(s, "Afghanistan");
        }
        m.put("Pakistan", "Pakistan");
        m.put("Islamabad", "Pakistan");
        m.put("Vladimir Putin", "Vladimir Putin");
        m.put("Donald Trump", "Donald Trump");
        m.put("Zabihullah Mujahid", "Zabihullah Mujahid");
        m.put("Haqqani", "Sirajuddin Haqqani");
        m.put("Jamal Nasir Gharwal", "Jamal Nasir Gharwal");
        m.put("Gharwal", "Jamal Nasir Gharwal");
        m.put("United Nations", "United Nations");
        return m;
    }

    static final String SEED_2025 = "000_1ccf5c4f42c34ae7.txt";
    static final String SEED_RUSSIA = "004_c74b270f33d84657.txt";

    /** The review of 2025 (no publication date), with the dates a tagger should find. */
    static List<Timex> seed2025Timexes(Article a) {
        return List.of(
                timex(a, "2025", 0, TimexType.DATE, "2025", null),
                timex(a, "2025", 1, TimexType.DATE, "2025", null),
                timex(a, "2025", 2, TimexType.DATE, "2025", null),
                date(a, "July", "2025-07"),
                date(a, "October", "2025-10"),
                timex(a, "during the year", 0, TimexType.DATE, "2025", null),
                date(a, "2021", "2021"),
                timex(a, "2025", 3, TimexType.DATE, "2025", null),
                timex(a, "during the year", 1, TimexType.DATE, "2025", null),
                date(a, "December", "2025-12"),
                timex(a, "2025", 4, TimexType.DATE, "2025", null));
    }

    /** The article of 2025-07-25 on Russia's recognition. */
    static List<Timex> seedRussiaTimexes(Article a) {
        return List.of(
                date(a, "25 July 2025", "2025-07-25"),
                timex(a, "Nearly four years", 0, TimexType.DURATION, "P4Y", "APPROX"),
                date(a, "July 3", "2025-07-03"),
                date(a, "August 2021", "2021-08"),
                date(a, "March 2022", "2022-03"),
                date(a, "the following month", "2022-04"),
                date(a, "April 2025", "2025-04"),
                date(a, "earlier this month", "2025-07"));
    }
}
