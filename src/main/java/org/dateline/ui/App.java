// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.dateline.extract.Extractor;

/**
 * The desktop app. Opens the paths given on the command line, else the last project, else the embedded sample
 * articles; remembers its window and theme.
 */
public final class App extends Application {
    private static final System.Logger LOG = System.getLogger(App.class.getName());
    private static final String[] ICON_SIZES = {"16", "32", "48", "64", "128", "256", "512"};

    private final ProjectStore projectStore = ProjectStore.FILE;
    private final Exporters exporters = new Exporters();

    private MainView view;

    public static void launchWith(String[] args) {
        Application.launch(App.class, args);
    }

    /** One extractor, built on first use on a worker thread (loading its rules and gazetteers takes a moment). */
    static Supplier<Extractor> sharedExtractor() {
        return new Supplier<>() {
            private volatile Extractor ex;

            @Override
            public synchronized Extractor get() {
                if (ex == null) {
                    ex = Extractor.load();
                }
                return ex;
            }
        };
    }

    @Override
    public void start(Stage stage) {
        AppPreferences prefs = AppPreferences.user();
        Supplier<Extractor> extractor = sharedExtractor();
        Workspace ws = new Workspace(new FxTaskRunner(), extractor);
        view = new MainView(ws, new LoadService(extractor), prefs, projectStore, exporters);
        Scene scene = new Scene(view, 1280, 800);
        styles(scene);
        view.darkProperty().addListener((o, a, b) -> {
            applyTheme(b);
            prefs.setDark(b);
        });
        // -Ddateline.theme=dark|light overrides the remembered theme for one run (screenshots, demos).
        String forced = System.getProperty("dateline.theme");
        boolean dark = forced == null ? prefs.dark() : forced.equalsIgnoreCase("dark");
        view.darkProperty().set(dark);
        applyTheme(dark);
        stage.setTitle("Dateline");
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        icons(stage);
        placeWindow(stage, prefs);
        stage.setOnCloseRequest(e -> remember(stage, prefs));
        stage.show();
        openInitial(getParameters().getRaw(), prefs);
    }

    @Override
    public void stop() {
        // The close request handler has saved the window; nothing else holds resources.
    }

    static void styles(Scene scene) {
        scene.getStylesheets().addAll(
                App.class.getResource("controlsfx-atlantafx.css").toExternalForm(),
                App.class.getResource("app.css").toExternalForm());
    }

    static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void openInitial(List<String> args, AppPreferences prefs) {
        List<Path> paths = args.stream().filter(a -> !a.startsWith("-")).map(Path::of).toList();
        if (!paths.isEmpty()) {
            view.opener().open(paths);
            return;
        }
        var last = prefs.lastProject();
        if (last.isPresent() && Files.isRegularFile(last.get())) {
            view.actions().openProject(last.get());
            return;
        }
        List<Path> seeds = Seeds.paths();
        if (!seeds.isEmpty()) {
            view.opener().open(seeds);
        }
    }

    private static void icons(Stage stage) {
        for (String size : ICON_SIZES) {
            try (InputStream in = App.class.getResourceAsStream("/org/dateline/icons/dateline-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (java.io.IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "icon " + size, e);
            }
        }
    }

    private static void placeWindow(Stage stage, AppPreferences prefs) {
        if (prefs.windowBounds().isEmpty()) {
            // First launch: most of the screen, centred.
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(1600, screen.getWidth() * 0.92));
            stage.setHeight(Math.min(1000, screen.getHeight() * 0.92));
            stage.centerOnScreen();
        }
        prefs.windowBounds().ifPresent(r -> {
            // Only restore bounds that are still on a screen (a monitor may have gone away).
            boolean visible = Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(
                    new Rectangle2D(r.getMinX(), r.getMinY(), Math.min(r.getWidth(), 100), Math.min(r.getHeight(), 50))));
            stage.setWidth(r.getWidth());
            stage.setHeight(r.getHeight());
            if (visible) {
                stage.setX(r.getMinX());
                stage.setY(r.getMinY());
            }
        });
        stage.setMaximized(prefs.maximized());
    }

    private static void remember(Stage stage, AppPreferences prefs) {
        prefs.setMaximized(stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.setWindowBounds(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
        }
    }
}
