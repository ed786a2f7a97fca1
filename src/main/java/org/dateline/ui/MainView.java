// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.util.HashSet;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.dateline.model.Event;
import org.dateline.ui.timeline.TimelineEvent;
import org.dateline.ui.timeline.TimelineView;
import org.kordamp.ikonli.feather.Feather;

/**
 * The main window's content: menu bar and toolbar; actors and articles on the left; the timeline with its date-range
 * bar in the centre; the selected event's details on the right; the status bar below. Files dropped anywhere open.
 */
public final class MainView extends BorderPane {
    private final Workspace ws;
    private final TimelineView timeline = new TimelineView();
    private final ActorsPane actors;
    private final ArticlesPane articles;
    private final DetailsPane details = new DetailsPane();
    private final RangeBar rangeBar;
    private final TextField search = TextFields.createClearableTextField();
    private final StatusBar status = new StatusBar();
    private final Notices notices;
    private final Opener opener;
    private final DropHandler drops;
    private final AppActions actions;
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private boolean syncing;

    public MainView(Workspace ws, LoadService loader, AppPreferences prefs, ProjectStore store, Exporters exporters) {
        this.ws = ws;
        getStyleClass().add("main-view");
        actors = new ActorsPane(ws, timeline::colorFor);
        articles = new ArticlesPane(ws);
        rangeBar = new RangeBar(ws);
        timeline.setId("timeline");
        VBox centre = new VBox(timeline, rangeBar);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        SplitPane left = new SplitPane(actors, articles);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.6);
        SplitPane split = new SplitPane(left, centre, details);
        split.setDividerPositions(0.21, 0.70);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(details, false);
        left.setMinWidth(180);
        details.setMinWidth(240);

        notices = new Notices(split);
        opener = new Opener(ws, loader, notices::show);
        opener.setAfterLoad(() -> {
            zoomToFitLater();
            Platform.runLater(timeline::requestFocus);
        });
        drops = new DropHandler(opener::open);
        drops.install(this);
        actions = new AppActions(this, ws, prefs, store, exporters);

        setTop(new VBox(actions.menuBar(), toolBar()));
        setCenter(notices.node());
        setBottom(status);
        status.setId("status");
        status.setText("");

        wireTimeline();
        wireSearch();
        wireStatus();
        ws.stateProperty().addListener((o, a, b) -> {
            if (!a.filter().equals(b.filter()) || a.combined() != b.combined()) {
                zoomToFitLater();
            }
        });
    }

    private ToolBar toolBar() {
        Button open = iconButton(Feather.FOLDER_PLUS, "Open articles… (Ctrl+O)", actions::openFiles);
        open.setId("open");
        MenuButton export = new MenuButton(null, Icons.of(Feather.SHARE));
        export.setId("export");
        export.setTooltip(new Tooltip("Export"));
        export.getItems().addAll(actions.exportItems());
        search.setId("search");
        search.setPromptText("Search events");
        if (search instanceof CustomTextField c) {
            c.setLeft(Icons.of(Feather.SEARCH));
        }
        search.setPrefColumnCount(18);
        Button fit = iconButton(Feather.MAXIMIZE, "Zoom to fit (Ctrl+0)", this::zoomToFit);
        fit.setId("zoom-fit");
        Button in = iconButton(Feather.ZOOM_IN, "Zoom in (Ctrl+=)", timeline::zoomIn);
        in.setId("zoom-in");
        Button out = iconButton(Feather.ZOOM_OUT, "Zoom out (Ctrl+-)", timeline::zoomOut);
        out.setId("zoom-out");
        ToggleButton lanes = new ToggleButton(null, Icons.of(Feather.LAYERS));
        lanes.setId("lanes");
        lanes.setTooltip(new Tooltip("Lanes by actor"));
        lanes.selectedProperty().bindBidirectional(timeline.lanesByActorProperty());
        ToggleButton theme = new ToggleButton(null, Icons.of(Feather.MOON));
        theme.setId("theme");
        theme.setTooltip(new Tooltip("Dark theme"));
        theme.selectedProperty().bindBidirectional(dark);
        dark.addListener((o, a, b) -> {
            ((org.kordamp.ikonli.javafx.FontIcon) theme.getGraphic()).setIconCode(b ? Feather.SUN : Feather.MOON);
            // The palette comes from the theme's CSS: let it apply, then redraw the legend swatches.
            Platform.runLater(actors::refresh);
        });
        Button undo = iconButton(Feather.CORNER_UP_LEFT, "Undo (Ctrl+Z)", ws.undo()::undo);
        undo.setId("undo");
        undo.disableProperty().bind(ws.undo().canUndoProperty().not());
        Button redo = iconButton(Feather.CORNER_UP_RIGHT, "Redo (Ctrl+Shift+Z)", ws.undo()::redo);
        redo.setId("redo");
        redo.disableProperty().bind(ws.undo().canRedoProperty().not());
        Pane spacer = new Pane();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(open, export, new Separator(Orientation.VERTICAL), undo, redo, new Separator(Orientation.VERTICAL), search, spacer,
                fit, in, out, lanes, new Separator(Orientation.VERTICAL), theme);
        bar.setId("toolbar");
        return bar;
    }

    private static Button iconButton(Feather icon, String tip, Runnable r) {
        Button b = new Button(null, Icons.of(icon));
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> r.run());
        b.setAccessibleText(tip);
        return b;
    }

    private void wireTimeline() {
        Bindings.bindContent(timeline.getItems(), ws.visibleEvents());
        timeline.selectedProperty().addListener((o, a, b) -> details.show(b));
        timeline.addEventHandler(TimelineEvent.SELECTED, e -> {
            if (e.item() != details.event()) {
                details.show(e.item());
            }
        });
        timeline.addEventHandler(TimelineEvent.ACTIVATED, e -> openSource(e.item()));
        ws.visibleEvents().addListener((javafx.collections.ListChangeListener<Event>) c -> {
            Event sel = timeline.getSelected();
            if (sel != null && !ws.visibleEvents().contains(sel)) {
                timeline.setSelected(null);
            }
        });
        // In the source view: Left/Right (or [ and ]) step through a merged event's sources, Escape goes back to the
        // timeline. A filter, because the scroll pane would take the arrow keys for itself.
        details.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, k -> {
            KeyCode c = k.getCode();
            if (c == KeyCode.ESCAPE) {
                timeline.requestFocus();
                k.consume();
            } else if (c == KeyCode.RIGHT || c == KeyCode.CLOSE_BRACKET) {
                details.step(1);
                k.consume();
            } else if (c == KeyCode.LEFT || c == KeyCode.OPEN_BRACKET) {
                details.step(-1);
                k.consume();
            }
        });
    }

    /** Shows {@code e}'s source passage and moves the keyboard focus there (Enter on the timeline). */
    void openSource(Event e) {
        if (e == null) {
            return;
        }
        if (details.event() != e) {
            details.show(e);
        }
        details.passage().requestFocus();
    }

    private void wireSearch() {
        search.textProperty().addListener((o, a, b) -> {
            if (!syncing) {
                ws.setFilter(ws.filter().withText(b), "Search");
            }
        });
        ws.stateProperty().addListener((o, a, b) -> {
            String t = b.filter().text();
            if (!t.equals(search.getText() == null ? "" : search.getText().strip())) {
                syncing = true;
                try {
                    search.setText(t);
                } finally {
                    syncing = false;
                }
            }
        });
    }

    private void wireStatus() {
        Runnable update = () -> status.setText(statusText());
        ws.visibleEvents().addListener((javafx.collections.ListChangeListener<Event>) c -> update.run());
        ws.timelineProperty().addListener((o, a, b) -> update.run());
        update.run();
        if (ws.runner() instanceof FxTaskRunner fx) {
            status.progressProperty().bind(Bindings.when(fx.runningProperty()).then(fx.progressProperty()).otherwise(0.0));
            Button cancel = iconButton(Feather.X_CIRCLE, "Cancel", opener::cancel);
            cancel.setOnAction(e -> {
                opener.cancel();
                fx.cancelCurrent();
            });
            cancel.getStyleClass().addAll("flat", "small");
            cancel.setId("cancel");
            cancel.visibleProperty().bind(fx.runningProperty());
            javafx.scene.control.Label msg = new javafx.scene.control.Label();
            msg.textProperty().bind(fx.messageProperty());
            msg.getStyleClass().add("meta");
            status.getRightItems().addAll(msg, cancel);
        }
    }

    String statusText() {
        var t = ws.timeline();
        int shown = ws.visibleEvents().size();
        Set<String> shownActors = new HashSet<>();
        ws.visibleEvents().forEach(e -> shownActors.addAll(e.actors()));
        return shown + " of " + t.events().size() + " events  ·  " + shownActors.size() + " of " + t.actors().size()
                + " actors  ·  " + t.articles().size() + (t.articles().size() == 1 ? " article" : " articles")
                + (ws.filter().isEmpty() ? "" : "  ·  filtered");
    }

    void zoomToFit() {
        timeline.zoomToFit();
    }

    private void zoomToFitLater() {
        Platform.runLater(timeline::zoomToFit);
    }

    // --- for the app and tests ---

    public BooleanProperty darkProperty() {
        return dark;
    }

    public Opener opener() {
        return opener;
    }

    public DropHandler dropHandler() {
        return drops;
    }

    public Notices notices() {
        return notices;
    }

    public TimelineView timeline() {
        return timeline;
    }

    public AppActions actions() {
        return actions;
    }

    DetailsPane details() {
        return details;
    }

    ActorsPane actorsPane() {
        return actors;
    }

    ArticlesPane articlesPane() {
        return articles;
    }

    RangeBar rangeBar() {
        return rangeBar;
    }

    TextField search() {
        return search;
    }

    StatusBar status() {
        return status;
    }
}
