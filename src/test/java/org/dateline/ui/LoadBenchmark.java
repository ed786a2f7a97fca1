// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.dateline.extract.Extractor;

/**
 * 1,000 synthetic articles dropped at once on the real main window (FX task runner): reports the total time until the
 * timeline shows them and the longest the FX thread went without answering (goals: ≤ 5 s, ≤ 100 ms).
 * Run: {@code mvn -q -o test-compile exec:java -Dexec.mainClass=org.dateline.ui.LoadBenchmark -Dexec.classpathScope=test}
 * Optional first numeric argument: number of articles.
 */
public final class LoadBenchmark {
    private static final String[] ACTORS = {"France", "Germany", "Japan", "Brazil", "the United Nations", "NATO",
        "Emmanuel Macron", "Olaf Scholz", "India", "Kenya", "the World Bank", "Canada"};
    private static final String[] VERBS = {"signed an agreement", "held talks", "announced new measures",
        "opened an embassy", "reported growth", "met officials", "launched an inquiry", "raised tariffs"};

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = 1000;
        for (String a : args) {
            if (a.matches("\\d+")) {
                n = Integer.parseInt(a);
            }
        }
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        Path dir = Files.createTempDirectory("dateline-bench");
        write(dir, n, 42);
        // Build the extractor up front: loading rules and gazetteers once is start-up cost, not drop cost.
        long t0 = System.nanoTime();
        Extractor ex = Extractor.load();
        System.out.printf("extractor load: %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        // The work alone, without the window: read, extract in parallel, merge.
        long s0 = System.nanoTime();
        LoadService.Outcome alone = new LoadService(() -> ex).load(List.of(dir), List.of(), new TaskRunner.Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        System.out.printf("read+extract+merge without UI: %d ms (%d events)%n", (System.nanoTime() - s0) / 1_000_000,
                alone.combined().events().size());

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Workspace[] ws = new Workspace[1];
        MainView[] view = new MainView[1];
        Platform.runLater(() -> {
            App.applyTheme(false);
            ws[0] = new Workspace(new FxTaskRunner(), () -> ex);
            view[0] = new MainView(ws[0], new LoadService(() -> ex),
                    new AppPreferences(Preferences.userRoot().node("org/dateline/bench"), java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "dateline-test-recent.json")), ProjectStore.FILE,
                    new Exporters());
            Stage stage = new Stage();
            Scene scene = new Scene(view[0], 1280, 800);
            App.styles(scene);
            stage.setScene(scene);
            stage.show();
        });
        settle();
        // Warm up as the app is when the user drops files: already showing a few articles (the seeds).
        Path warm = Files.createTempDirectory("dateline-warm");
        write(warm, 3, 7);
        Platform.runLater(() -> view[0].opener().open(List.of(warm)));
        settle();

        // Probe: every 5 ms ask the FX thread to answer; the longest wait is the worst stall.
        AtomicLong maxStall = new AtomicLong();
        long probeStart = System.nanoTime();
        ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor();
        probe.scheduleAtFixedRate(() -> {
            long sent = System.nanoTime();
            Platform.runLater(() -> {
                long stall = System.nanoTime() - sent;
                maxStall.accumulateAndGet(stall, Math::max);
                if (stall > 50_000_000L && System.getProperty("bench.verbose") != null) {
                    System.out.printf("stall %d ms at +%d ms%n", stall / 1_000_000, (sent - probeStart) / 1_000_000);
                }
            });
        }, 0, 5, TimeUnit.MILLISECONDS);

        if (System.getProperty("bench.verbose") != null) {
            // Watchdog: when the FX thread has not answered for 150 ms, show what it is doing.
            AtomicLong lastAnswer = new AtomicLong(System.nanoTime());
            probe.scheduleAtFixedRate(() -> Platform.runLater(() -> lastAnswer.set(System.nanoTime())), 0, 5,
                    TimeUnit.MILLISECONDS);
            Thread dog = new Thread(() -> {
                while (true) {
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (System.nanoTime() - lastAnswer.get() > 90_000_000L) {
                        Thread.getAllStackTraces().forEach((t, st) -> {
                            if (t.getName().contains("JavaFX Application")) {
                                System.out.println("FX thread blocked:");
                                for (int i = 0; i < Math.min(25, st.length); i++) {
                                    System.out.println("    " + st[i]);
                                }
                            }
                        });
                        lastAnswer.set(System.nanoTime());
                    }
                }
            });
            dog.setDaemon(true);
            dog.start();
        }
        int expected = n;
        CountDownLatch loaded = new CountDownLatch(1);
        long start = System.nanoTime();
        Platform.runLater(() -> {
            ws[0].timelineProperty().addListener((o, a, b) -> {
                if (b.articles().size() >= expected + 3) {
                    loaded.countDown();
                }
            });
            view[0].opener().open(List.of(dir));
        });
        if (!loaded.await(120, TimeUnit.SECONDS)) {
            System.out.println("timed out");
        }
        long total = (System.nanoTime() - start) / 1_000_000;
        Thread.sleep(500);   // let the UI apply the result while the probe keeps measuring
        probe.shutdownNow();
        int[] events = new int[1];
        CountDownLatch read = new CountDownLatch(1);
        Platform.runLater(() -> {
            events[0] = ws[0].timeline().events().size();
            read.countDown();
        });
        read.await();
        System.out.printf("articles: %d, events: %d, cores: %d%n", n, events[0], Runtime.getRuntime().availableProcessors());
        System.out.printf("total load time: %d ms (goal <= 5000)%n", total);
        System.out.printf("max FX-thread stall: %d ms (goal <= 100)%n", maxStall.get() / 1_000_000);
        Platform.exit();
        System.exit(0);
    }

    /** Waits until the window is built and the FX thread answers promptly 20 times in a row. */
    private static void settle() throws InterruptedException {
        int calm = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (calm < 20 && System.nanoTime() < deadline) {
            CountDownLatch l = new CountDownLatch(1);
            long t = System.nanoTime();
            Platform.runLater(l::countDown);
            l.await();
            calm = System.nanoTime() - t < 20_000_000L ? calm + 1 : 0;
            Thread.sleep(20);
        }
    }

    private static void write(Path dir, int n, long seed) throws Exception {
        Random r = new Random(seed);
        for (int i = 0; i < n; i++) {
            LocalDate pub = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(1800));
            StringBuilder sb = new StringBuilder();
            sb.append("Report number ").append(i).append("\n\n");
            sb.append("Geneva, ").append(pub.getDayOfMonth()).append(' ').append(month(pub)).append(' ')
                    .append(pub.getYear()).append(".\n\n");
            for (int s = 0; s < 12; s++) {
                LocalDate d = pub.minusDays(r.nextInt(400));
                sb.append(ACTORS[r.nextInt(ACTORS.length)]).append(" and ").append(ACTORS[r.nextInt(ACTORS.length)])
                        .append(' ').append(VERBS[r.nextInt(VERBS.length)]).append(" on ").append(d.getDayOfMonth())
                        .append(' ').append(month(d)).append(' ').append(d.getYear())
                        .append(", according to officials familiar with the matter. ");
                if (s % 3 == 2) {
                    sb.append("\n\n");
                }
            }
            Files.writeString(dir.resolve(String.format("article-%04d.txt", i)), sb.toString());
        }
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    }
}
