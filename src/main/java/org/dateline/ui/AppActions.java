// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.dateline.model.Project;
import org.dateline.ui.timeline.PngExport;
import org.kordamp.ikonli.feather.Feather;

/** The File, Edit and View commands: menus, file choosers, project save and open, exports. */
public final class AppActions {
    private final MainView view;
    private final Workspace ws;
    private final AppPreferences prefs;
    private final ProjectStore store;
    private final Exporters exporters;
    private final Menu recent = new Menu("Recent");
    private Path projectFile;
    private Path lastDir;

    AppActions(MainView view, Workspace ws, AppPreferences prefs, ProjectStore store, Exporters exporters) {
        this.view = view;
        this.ws = ws;
        this.prefs = prefs;
        this.store = store;
        this.exporters = exporters;
    }

    private Window window() {
        return view.getScene() == null ? null : view.getScene().getWindow();
    }

    MenuBar menuBar() {
        Menu file = new Menu("File");
        MenuItem open = item("Open…", Feather.FOLDER_PLUS, "Shortcut+O", this::openFiles);
        MenuItem openFolder = item("Open Folder…", Feather.FOLDER, "Shortcut+Shift+F", this::openFolder);
        MenuItem openProject = item("Open Project…", Feather.BOOK_OPEN, "Shortcut+Shift+O", this::openProject);
        MenuItem save = item("Save", Feather.SAVE, "Shortcut+S", this::save);
        MenuItem saveAs = item("Save As…", null, "Shortcut+Shift+S", this::saveAs);
        MenuItem quit = item("Quit", Feather.LOG_OUT, "Shortcut+Q", Platform::exit);
        recent.setOnShowing(e -> fillRecent());
        fillRecent();
        Menu export = new Menu("Export", Icons.of(Feather.SHARE));
        export.getItems().addAll(exportItems());
        file.getItems().addAll(open, openFolder, openProject, recent, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

        Menu edit = new Menu("Edit");
        MenuItem undo = item("Undo", Feather.CORNER_UP_LEFT, "Shortcut+Z", ws.undo()::undo);
        undo.disableProperty().bind(ws.undo().canUndoProperty().not());
        undo.textProperty().bind(ws.undo().undoNameProperty().map(n -> n.isEmpty() ? "Undo" : "Undo " + n));
        MenuItem redo = item("Redo", Feather.CORNER_UP_RIGHT, "Shortcut+Shift+Z", ws.undo()::redo);
        redo.disableProperty().bind(ws.undo().canRedoProperty().not());
        redo.textProperty().bind(ws.undo().redoNameProperty().map(n -> n.isEmpty() ? "Redo" : "Redo " + n));
        MenuItem find = item("Find", Feather.SEARCH, "Shortcut+F", () -> view.search().requestFocus());
        MenuItem clear = item("Clear Filters", Feather.FILTER, "Shortcut+Shift+X",
                () -> ws.setFilter(org.dateline.model.TimelineFilter.NONE, "Clear filters"));
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), find, clear);

        Menu viewMenu = new Menu("View");
        MenuItem fit = item("Zoom to Fit", Feather.MAXIMIZE, "Shortcut+0", view::zoomToFit);
        MenuItem in = item("Zoom In", Feather.ZOOM_IN, "Shortcut+EQUALS", () -> view.timeline().zoomIn());
        MenuItem out = item("Zoom Out", Feather.ZOOM_OUT, "Shortcut+MINUS", () -> view.timeline().zoomOut());
        CheckMenuItem lanes = new CheckMenuItem("Lanes by Actor");
        lanes.selectedProperty().bindBidirectional(view.timeline().lanesByActorProperty());
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.selectedProperty().bindBidirectional(view.darkProperty());
        MenuItem nextSource = item("Next Source", Feather.CHEVRON_RIGHT, "Shortcut+CLOSE_BRACKET", () -> view.details().step(1));
        MenuItem prevSource = item("Previous Source", Feather.CHEVRON_LEFT, "Shortcut+OPEN_BRACKET", () -> view.details().step(-1));
        viewMenu.getItems().addAll(fit, in, out, new SeparatorMenuItem(), lanes, dark, new SeparatorMenuItem(),
                prevSource, nextSource);
        MenuBar bar = new MenuBar(file, edit, viewMenu);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    List<MenuItem> exportItems() {
        List<MenuItem> items = new ArrayList<>();
        items.add(item("Export PNG…", Feather.IMAGE, "Shortcut+E", this::exportPng));
        for (Exporters.Format f : Exporters.Format.values()) {
            items.add(item("Export " + f.label + "…", Feather.FILE_TEXT, null, () -> export(f)));
        }
        return items;
    }

    private static MenuItem item(String text, Feather icon, String accel, Runnable r) {
        MenuItem m = new MenuItem(text, icon == null ? null : Icons.of(icon));
        if (accel != null) {
            m.setAccelerator(KeyCombination.keyCombination(accel));
        }
        m.setOnAction(e -> r.run());
        return m;
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path p : prefs.recent()) {
            MenuItem m = new MenuItem(p.getFileName() + "  \u2014  " + p.getParent());
            m.setOnAction(e -> openPath(p));
            recent.getItems().add(m);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    /** Opens a project file as a project, anything else as articles. */
    public void openPath(Path p) {
        String n = p.getFileName().toString();
        if (!Files.isDirectory(p) && n.endsWith(store.extension().replace("*", ""))) {
            openProject(p);
        } else {
            view.opener().open(List.of(p));
            prefs.addRecent(p);
        }
    }

    void openFiles() {
        FileChooser fc = chooser("Open articles");
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles", "*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.pdf"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = fc.showOpenMultipleDialog(window());
        if (files != null && !files.isEmpty()) {
            lastDir = files.get(0).toPath().getParent();
            files.forEach(f -> prefs.addRecent(f.toPath()));
            view.opener().open(files.stream().map(File::toPath).toList());
        }
    }

    void openFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Open a folder of articles");
        if (lastDir != null && Files.isDirectory(lastDir)) {
            dc.setInitialDirectory(lastDir.toFile());
        }
        File d = dc.showDialog(window());
        if (d != null) {
            lastDir = d.toPath();
            prefs.addRecent(d.toPath());
            view.opener().open(List.of(d.toPath()));
        }
    }

    void openProject() {
        FileChooser fc = chooser("Open project");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Dateline projects", store.extension()));
        File f = fc.showOpenDialog(window());
        if (f != null) {
            openProject(f.toPath());
        }
    }

    /** Reads a project in the background and replaces the current work with it; a bad file changes nothing. */
    public void openProject(Path p) {
        ws.runner().run("Opening " + p.getFileName(), pr -> store.read(p), project -> {
            ws.reset(Workspace.fromProject(project));
            projectFile = p;
            prefs.setLastProject(p);
            prefs.addRecent(p);
            updateTitle();
            view.zoomToFit();
        }, e -> view.notices().show(p.getFileName() + ": " + message(e)));
    }

    void save() {
        if (projectFile == null) {
            saveAs();
        } else {
            saveTo(projectFile);
        }
    }

    void saveAs() {
        FileChooser fc = chooser("Save project");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Dateline projects", store.extension()));
        fc.setInitialFileName("timeline" + store.extension().replace("*", ""));
        File f = fc.showSaveDialog(window());
        if (f != null) {
            saveTo(f.toPath());
        }
    }

    void saveTo(Path p) {
        Project project = ws.toProject();
        ws.runner().run("Saving " + p.getFileName(), pr -> {
            store.write(project, p);
            return p;
        }, done -> {
            projectFile = p;
            prefs.setLastProject(p);
            prefs.addRecent(p);
            updateTitle();
        }, e -> view.notices().show("Not saved: " + p.getFileName() + ": " + message(e)));
    }

    private void updateTitle() {
        if (window() instanceof javafx.stage.Stage s) {
            s.setTitle(projectFile == null ? "Dateline" : projectFile.getFileName() + " \u2014 Dateline");
        }
    }

    void export(Exporters.Format f) {
        FileChooser fc = chooser("Export " + f.label);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.label, f.glob));
        fc.setInitialFileName("timeline" + f.glob.replace("*", ""));
        File out = fc.showSaveDialog(window());
        if (out == null) {
            return;
        }
        var t = ws.timeline();
        var filter = ws.filter();
        ws.runner().run("Exporting " + f.label, pr -> {
            exporters.write(f, t, filter, out.toPath(), title());
            return out;
        }, done -> view.notices().show("Exported " + done.getName()), e -> view.notices().show(
                "Export failed: " + out.getName() + ": " + message(e)));
    }

    void exportPng() {
        Spinner<Integer> width = new Spinner<>(400, 10000, 1600, 100);
        width.setEditable(true);
        ChoiceBox<String> scale = new ChoiceBox<>();
        scale.getItems().addAll("1\u00d7", "2\u00d7");
        scale.setValue("1\u00d7");
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        g.addRow(0, new Label("Width (px)"), width);
        g.addRow(1, new Label("Scale"), scale);
        Dialog<PngExport.Options> d = new Dialog<>();
        d.setTitle("Export PNG");
        d.setHeaderText("The whole filtered timeline, with title, axis, legend and filters.");
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK
                ? new PngExport.Options(width.getValue(), scale.getValue().startsWith("2") ? 2 : 1, title()) : null);
        if (window() != null) {
            d.initOwner(window());
        }
        d.showAndWait().ifPresent(opts -> {
            FileChooser fc = chooser("Export PNG");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
            fc.setInitialFileName("timeline.png");
            File out = fc.showSaveDialog(window());
            if (out != null) {
                var t = ws.timeline();
                var filter = ws.filter();
                ws.runner().run("Exporting PNG", pr -> {
                    PngExport.write(t, filter, opts, out.toPath());
                    return out;
                }, done -> view.notices().show("Exported " + done.getName()),
                        e -> view.notices().show("Export failed: " + out.getName() + ": " + message(e)));
            }
        });
    }

    private String title() {
        return projectFile == null ? "Dateline" : projectFile.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        if (lastDir != null && Files.isDirectory(lastDir)) {
            fc.setInitialDirectory(lastDir.toFile());
        }
        return fc;
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
