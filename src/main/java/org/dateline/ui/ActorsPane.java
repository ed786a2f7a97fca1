// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.textfield.TextFields;
import org.dateline.model.Actor;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The actors, each with a kind icon and its event count, to check: the timeline keeps events with any checked actor
 * (none checked: no restriction). The filter field narrows the list, not the timeline.
 */
final class ActorsPane extends VBox {
    private final Workspace ws;
    private final CheckListView<Actor> list = new CheckListView<>();
    private final TextField search = TextFields.createClearableTextField();
    private final Label header = new Label("Actors");
    private boolean syncing;

    private final java.util.function.Function<String, javafx.scene.paint.Color> colorFor;

    /** {@code colorFor}: the colour the timeline draws an actor in, shown as a swatch (a legend). */
    ActorsPane(Workspace ws, java.util.function.Function<String, javafx.scene.paint.Color> colorFor) {
        this.ws = ws;
        this.colorFor = colorFor;
        getStyleClass().add("side-pane");
        setSpacing(6);
        setPadding(new Insets(8));
        list.setId("actors");
        search.setId("actor-filter");
        search.setPromptText("Filter actors");
        header.getStyleClass().add("pane-header");
        Button all = new Button("All");
        all.setId("actors-all");
        all.setOnAction(e -> {
            Set<String> names = new HashSet<>(ws.filter().actors());
            list.getItems().forEach(a -> names.add(a.name()));
            ws.setFilter(ws.filter().withActors(names), "Check all actors");
        });
        Button none = new Button("None");
        none.setId("actors-none");
        none.setOnAction(e -> ws.setFilter(ws.filter().withActors(Set.of()), "Clear actor filter"));
        all.getStyleClass().add("small");
        none.getStyleClass().add("small");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(6, header, spacer, all, none);
        top.setAlignment(Pos.CENTER_LEFT);
        list.setCellFactory(lv -> new ActorCell());
        list.setFixedCellSize(Math.ceil(javafx.scene.text.Font.getDefault().getSize() * 2.2));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(top, search, list);

        search.textProperty().addListener((o, a, b) -> rebuild());
        ws.timelineProperty().addListener((o, a, b) -> rebuild());
        ws.stateProperty().addListener((o, a, b) -> syncChecks());
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<Actor>) c -> {
            if (!syncing) {
                commitChecks();
            }
        });
        list.setContextMenu(contextMenu());
        rebuild();
    }

    /** Redraws the rows, for example after the theme (and so the palette) changed. */
    void refresh() {
        list.refresh();
    }

    CheckListView<Actor> list() {
        return list;
    }

    private void rebuild() {
        String needle = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
        List<Actor> items = ws.timeline().actors().stream()
                .filter(a -> needle.isEmpty() || a.name().toLowerCase(Locale.ROOT).contains(needle)
                        || a.aliases().stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(needle)))
                .sorted(Comparator.comparingInt((Actor a) -> -ws.eventCount(a)).thenComparing(Actor::name))
                .toList();
        syncing = true;
        try {
            list.getItems().setAll(items);
        } finally {
            syncing = false;
        }
        syncChecks();
        header.setText("Actors (" + ws.timeline().actors().size() + ")");
    }

    /**
     * Puts the checks in line with the filter. Touches only the actors that change: the check model looks items up
     * by position, so visiting every row of thousands of actors would stall the FX thread.
     */
    private void syncChecks() {
        Set<String> wanted = ws.filter().actors();
        var model = list.getCheckModel();
        syncing = true;
        try {
            if (wanted.isEmpty()) {
                if (!model.getCheckedItems().isEmpty()) {
                    model.clearChecks();
                }
                return;
            }
            for (Actor a : List.copyOf(model.getCheckedItems())) {
                if (!wanted.contains(a.name())) {
                    model.clearCheck(a);
                }
            }
            Set<String> checked = new HashSet<>();
            model.getCheckedItems().forEach(a -> checked.add(a.name()));
            List<Actor> items = list.getItems();
            for (int i = 0; i < items.size(); i++) {
                Actor a = items.get(i);
                if (wanted.contains(a.name()) && !checked.contains(a.name())) {
                    model.check(i);
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** Checked actors hidden by the filter field stay checked. */
    private void commitChecks() {
        Set<String> shown = new HashSet<>();
        list.getItems().forEach(a -> shown.add(a.name()));
        Set<String> next = new HashSet<>(ws.filter().actors());
        next.removeAll(shown);
        list.getCheckModel().getCheckedItems().forEach(a -> next.add(a.name()));
        ws.setFilter(ws.filter().withActors(next), "Filter actors");
    }

    private ContextMenu contextMenu() {
        MenuItem rename = new MenuItem("Rename…", new FontIcon(Feather.EDIT_2));
        rename.setOnAction(e -> {
            Actor a = list.getSelectionModel().getSelectedItem();
            if (a == null) {
                return;
            }
            TextInputDialog d = new TextInputDialog(a.name());
            d.setTitle("Rename actor");
            d.setHeaderText("Rename \u201c" + a.name() + "\u201d (an existing name merges the two)");
            d.initOwner(getScene() == null ? null : getScene().getWindow());
            d.showAndWait().ifPresent(n -> ws.renameActor(a.name(), n));
        });
        MenuItem merge = new MenuItem("Merge checked into this", new FontIcon(Feather.GIT_MERGE));
        merge.setOnAction(e -> {
            Actor a = list.getSelectionModel().getSelectedItem();
            if (a == null) {
                return;
            }
            List<String> names = new ArrayList<>();
            names.add(a.name());
            list.getCheckModel().getCheckedItems().stream().map(Actor::name).filter(n -> !n.equals(a.name()))
                    .forEach(names::add);
            ws.mergeActors(names);
        });
        return new ContextMenu(rename, merge);
    }

    /** Check box, kind icon, name, and the event count on the right. */
    private final class ActorCell extends CheckBoxListCell<Actor> {
        private final FontIcon icon = new FontIcon();
        private final javafx.scene.shape.Circle swatch = new javafx.scene.shape.Circle(4);
        private final Label name = new Label();
        private final Label count = new Label();
        private final Region spacer = new Region();
        private final HBox box = new HBox(6);

        ActorCell() {
            super(list::getItemBooleanProperty);
            count.getStyleClass().add("count");
            swatch.getStyleClass().add("swatch");
            name.setMinWidth(0);
            setPrefWidth(0);
            icon.getStyleClass().add("kind-icon");
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        public void updateItem(Actor item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            CheckBox cb = (CheckBox) getGraphic();
            icon.setIconCode(Icons.kind(item.kind()));
            name.setText(item.name());
            count.setText(Integer.toString(ws.eventCount(item)));
            swatch.setFill(colorFor.apply(item.name()));
            box.getChildren().setAll(cb, icon, name, spacer, count, swatch);
            setText(null);
            setGraphic(box);
            setAccessibleText(item.name() + ", " + ws.eventCount(item) + " events");
        }
    }
}
