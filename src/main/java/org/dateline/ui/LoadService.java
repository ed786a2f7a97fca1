// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.dateline.extract.Extractor;
import org.dateline.extract.Extractor.ArticleResult;
import org.dateline.ingest.ArticleReaders;
import org.dateline.ingest.UnreadableArticleException;
import org.dateline.model.Article;
import org.dateline.model.Timeline;

/**
 * Reads article files, extracts each in parallel, and merges them with what is already loaded, so that events told by
 * a new article merge with the same events told by older ones. Runs on a worker thread; never touches the UI.
 */
public final class LoadService {

    /** A file that could not be loaded, and why, in words for the user. */
    public record Problem(String file, String reason) {
        public String userMessage() {
            return Path.of(file).getFileName() + ": " + reason;
        }
    }

    /**
     * What a load produced.
     *
     * @param added      results for the new articles only
     * @param all        results for everything now loaded (old, then new)
     * @param combined   the merge over {@code all}
     * @param problems   files that failed, with the reason
     * @param duplicates files skipped because the same content is already loaded
     */
    public record Outcome(List<ArticleResult> added, List<ArticleResult> all, Timeline combined,
                          List<Problem> problems, List<String> duplicates) {
    }

    private final Supplier<Extractor> extractor;

    public LoadService(Supplier<Extractor> extractor) {
        this.extractor = extractor;
    }

    public Outcome load(List<Path> paths, List<ArticleResult> existing, TaskRunner.Progress progress)
            throws InterruptedException {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                problems.add(new Problem(p.toString(), "does not exist"));
            } else if (Files.isDirectory(p)) {
                try {
                    files.addAll(ArticleReaders.expand(List.of(p)));
                } catch (IOException e) {
                    problems.add(new Problem(p.toString(), "folder cannot be listed (" + e.getMessage() + ")"));
                }
            } else if (!ArticleReaders.isSupported(p)) {
                problems.add(new Problem(p.toString(), "unsupported file type (use .txt, .md, .html or .pdf)"));
            } else {
                files.add(p);
            }
        }
        int total = files.size();
        progress.update(0, Math.max(1, total), "Reading " + total + " files");
        AtomicInteger done = new AtomicInteger();
        ArticleResult[] slots = new ArticleResult[total];
        Article[] read = new Article[total];
        Extractor ex = extractor.get();
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        ForkJoinPool pool = new ForkJoinPool(cores);
        try {
            pool.submit(() -> java.util.stream.IntStream.range(0, total).parallel().forEach(i -> {
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
                Path p = files.get(i);
                try {
                    Article a = ArticleReaders.read(p, p.toString());
                    if (a.text().isBlank()) {
                        problems.add(new Problem(p.toString(), "is empty"));
                    } else {
                        read[i] = a;
                    }
                } catch (UnreadableArticleException e) {
                    problems.add(new Problem(p.toString(), e.getMessage()));
                } catch (RuntimeException e) {
                    problems.add(new Problem(p.toString(), "cannot be read (" + e + ")"));
                }
                int n = done.incrementAndGet();
                progress.update(n, 2L * total, "Reading " + n + " of " + total);
            })).get();
            // The duplicate check runs in order, so the first of two identical files is the one kept.
            Set<String> known = new HashSet<>();
            existing.forEach(r -> known.add(r.article().hash()));
            List<String> duplicates = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                if (read[i] != null && read[i].hash() != null && !known.add(read[i].hash())) {
                    duplicates.add(read[i].file());
                    read[i] = null;
                }
            }
            done.set(0);
            Set<Integer> failed = ConcurrentHashMap.newKeySet();
            pool.submit(() -> java.util.stream.IntStream.range(0, total).parallel().forEach(i -> {
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
                if (read[i] != null) {
                    try {
                        slots[i] = ex.extractArticle(read[i]);
                    } catch (RuntimeException e) {
                        failed.add(i);
                        problems.add(new Problem(read[i].file(), "could not be analysed (" + e + ")"));
                    }
                }
                int n = done.incrementAndGet();
                progress.update(total + n, 2L * total, "Extracting " + n + " of " + total);
            })).get();
            List<ArticleResult> added = new ArrayList<>();
            for (ArticleResult r : slots) {
                if (r != null) {
                    added.add(r);
                }
            }
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            progress.update(-1, 1, "Merging events");
            List<ArticleResult> all = new ArrayList<>(existing);
            all.addAll(added);
            Timeline combined = ex.combine(all);
            return new Outcome(List.copyOf(added), List.copyOf(all), combined, List.copyOf(problems), duplicates);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException c) {
                throw c;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
