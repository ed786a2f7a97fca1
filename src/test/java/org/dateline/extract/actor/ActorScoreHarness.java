// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.store.Json;

/**
 * Per-sentence actor precision and recall against the gold files (test-scope main, not run by surefire):
 * for every gold statement, the actors recognised in its sentence are compared with the statement's required
 * and allowed actors the way {@code shared/eval/score_events.py} compares an event's actors.
 *
 * <pre>mvn -q -o test-compile exec:java -Dexec.mainClass=org.dateline.extract.actor.ActorScoreHarness
 *     -Dexec.classpathScope=test [-Dexec.args="GOLD.json ARTICLE_DIR [SENTENCES.json] [-v]"]</pre>
 * With no arguments it scores the seeds and the development set under {@code /work/shared} (or
 * {@code $DATELINE_SHARED}).
 */
public final class ActorScoreHarness {
    private final ActorRecognizer recognizer = ActorRecognizer.load();
    private final boolean verbose;

    ActorScoreHarness(boolean verbose) {
        this.verbose = verbose;
    }

    public static void main(String[] args) throws IOException {
        boolean verbose = List.of(args).contains("-v");
        List<String> a = new ArrayList<>();
        for (String s : args) {
            if (!s.startsWith("-") && (s.endsWith(".json") || Files.isDirectory(Path.of(s)))) {
                a.add(s);
            }
        }
        ActorScoreHarness h = new ActorScoreHarness(verbose);
        if (a.size() >= 2) {
            h.score(Path.of(a.get(0)), Path.of(a.get(1)), a.size() > 2 ? Path.of(a.get(2)) : null);
            return;
        }
        Path shared = Path.of(System.getenv().getOrDefault("DATELINE_SHARED", "/work/shared"));
        h.score(shared.resolve("gold/seeds.events.json"), shared.resolve("seeds"), null);
        Path dev = shared.resolve("dev/meantime-apple");
        h.score(dev.resolve("gold.events.json"), dev, dev.resolve("sentences.json"));
    }

    /** Prints and returns {precision, recall}. */
    double[] score(Path goldFile, Path articles, Path sentencesFile) throws IOException {
        JsonNode gold = Json.mapper().readTree(goldFile.toFile());
        JsonNode sentences = sentencesFile == null ? null : Json.mapper().readTree(sentencesFile.toFile());
        Map<String, List<String>> aliases = new HashMap<>();
        gold.path("aliases").fields().forEachRemaining(e -> {
            List<String> forms = new ArrayList<>(List.of(e.getKey()));
            e.getValue().forEach(v -> forms.add(v.asText()));
            aliases.put(e.getKey(), forms);
        });
        Map<String, String> texts = new HashMap<>();
        Map<String, List<ActorMention>> mentions = new HashMap<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (JsonNode g : gold.path("events")) {
            if (!g.path("required").asBoolean(true)) {
                continue;
            }
            String file = g.path("file").asText();
            String text = texts.computeIfAbsent(file, f -> read(articles.resolve(f)));
            List<ActorMention> ms = mentions.computeIfAbsent(file, f -> recognizer.recognize(text));
            int[] sent = sentence(text, g, sentences == null ? null : sentences.path(file));
            List<String> predicted = ActorMention.actorNames(ms, sent[0], sent[1]);
            Set<String> required = new LinkedHashSet<>();
            g.path("actors").path("required").forEach(x -> required.add(x.asText()));
            Set<String> allowed = new LinkedHashSet<>(required);
            g.path("actors").path("allowed").forEach(x -> allowed.add(x.asText()));
            Set<String> hit = new LinkedHashSet<>();
            Set<String> matched = new LinkedHashSet<>();
            Set<String> extra = new LinkedHashSet<>();
            for (String p : predicted) {
                String name = null;
                for (String n : allowed) {
                    if (matches(p, n, aliases)) {
                        hit.add(n);
                        name = name == null ? n : name;
                    }
                }
                if (name != null) {
                    matched.add(name);
                } else {
                    extra.add(p.toLowerCase(Locale.ROOT));
                }
            }
            Set<String> missing = new LinkedHashSet<>(required);
            missing.removeAll(hit);
            tp += matched.size();
            fp += extra.size();
            fn += missing.size();
            if (verbose || !extra.isEmpty() || !missing.isEmpty()) {
                System.out.printf("%s %-12s got=%s missing=%s extra=%s | %s%n",
                        extra.isEmpty() && missing.isEmpty() ? "OK  " : "BAD ", file.substring(0, Math.min(12,
                                file.length())), predicted, missing, extra,
                        text.substring(sent[0], Math.min(sent[1], sent[0] + 100)).replace('\n', ' '));
            }
        }
        double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        System.out.printf("%s: actorP=%.2f actorR=%.2f (tp=%d fp=%d fn=%d)%n", goldFile, p, r, tp, fp, fn);
        return new double[] {p, r};
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The sentence of a gold statement: from the sentence table when there is one, else around its cue. */
    static int[] sentence(String text, JsonNode g, JsonNode table) {
        int at;
        int to;
        if (g.has("span")) {
            at = g.path("span").get(0).asInt();
            to = g.path("span").get(1).asInt();
        } else {
            at = text.indexOf(g.path("cue").asText());
            to = at + g.path("cue").asText().length();
        }
        if (table != null && !table.isMissingNode()) {
            for (JsonNode s : table) {
                if (s.get(0).asInt() <= at && at < s.get(1).asInt()) {
                    return new int[] {s.get(0).asInt(), s.get(1).asInt()};
                }
            }
        }
        int start = at;
        while (start > 0 && !boundaryBefore(text, start)) {
            start--;
        }
        int end = Math.max(to, at);
        while (end < text.length() && !boundaryBefore(text, end)) {
            end++;
        }
        return new int[] {start, end};
    }

    private static boolean boundaryBefore(String text, int i) {
        char p = text.charAt(i - 1);
        if (p == '\n') {
            return true;
        }
        return i >= 2 && Character.isWhitespace(p) && ".!?".indexOf(text.charAt(i - 2)) >= 0
                && i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    /** score_events.py's actor_matches: equal word lists, or one a run of at least half of the other. */
    static boolean matches(String pred, String name, Map<String, List<String>> aliases) {
        List<String> p = words(pred);
        if (p.isEmpty()) {
            return false;
        }
        for (String form : aliases.getOrDefault(name, List.of(name))) {
            List<String> f = words(form);
            if (f.isEmpty()) {
                continue;
            }
            if (p.equals(f)) {
                return true;
            }
            List<String> shortL = p.size() < f.size() ? p : f;
            List<String> longL = p.size() < f.size() ? f : p;
            boolean run = false;
            for (int i = 0; i + shortL.size() <= longL.size(); i++) {
                if (longL.subList(i, i + shortL.size()).equals(shortL)) {
                    run = true;
                    break;
                }
            }
            if (run && String.join(" ", shortL).length() >= 4 && shortL.size() * 2 >= longL.size()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.replace('\u2019', '\'').toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
