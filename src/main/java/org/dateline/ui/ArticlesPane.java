// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dateline.model.Article;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The loaded articles, each with title, publication date and event count, switched on and off. All on means no
 * article filter; switching some off keeps the events told by the ones still on.
 */
final class ArticlesPane extends VBox {
    /** Stands for "no article" in the filter; no loaded article can have this name. */
    static final String NO_ARTICLE = "\u0000none";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private final Workspace ws;
    private final ListView<Article> list = new ListView<>();
    private final Label header = new Label("Articles");

    ArticlesPane(Workspace ws) {
        this.ws = ws;
        getStyleClass().add("side-pane");
        setSpacing(6);
        setPadding(new Insets(8));
        header.getStyleClass().add("pane-header");
        list.setId("articles");
        list.setCellFactory(lv -> new ArticleCell());
        // A fixed cell height spares the list from measuring cells across thousands of articles.
        list.setFixedCellSize(Math.ceil(javafx.scene.text.Font.getDefault().getSize() * 3.3));
        list.setPlaceholder(new Label("Drop article files here"));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);
        ws.timelineProperty().addListener((o, a, b) -> rebuild());
        ws.stateProperty().addListener((o, a, b) -> {
            if (a.combined() == b.combined() && !a.filter().articles().equals(b.filter().articles())) {
                list.refresh();
            }
        });
        list.setContextMenu(contextMenu());
        rebuild();
    }

    ListView<Article> list() {
        return list;
    }

    private void rebuild() {
        list.getItems().setAll(ws.timeline().articles());
        header.setText("Articles (" + list.getItems().size() + ")");
    }

    boolean isOn(Article a) {
        Set<String> on = ws.filter().articles();
        return on.isEmpty() || on.contains(a.file());
    }

    void setOn(Article a, boolean on) {
        Set<String> files = new HashSet<>();
        ws.timeline().articles().forEach(x -> {
            if (x == a ? on : isOn(x)) {
                files.add(x.file());
            }
        });
        boolean all = files.size() == ws.timeline().articles().size();
        // An empty set means "no restriction", so "every article off" needs a name that matches no article.
        Set<String> next = all ? Set.of() : files.isEmpty() ? Set.of(NO_ARTICLE) : files;
        ws.setFilter(ws.filter().withArticles(next), (on ? "Show " : "Hide ") + title(a));
    }

    static String title(Article a) {
        return a.title() == null || a.title().isBlank() ? java.nio.file.Path.of(a.file()).getFileName().toString() : a.title();
    }

    private ContextMenu contextMenu() {
        MenuItem date = new MenuItem("Set publication date…", new FontIcon(Feather.CALENDAR));
        date.setOnAction(e -> {
            Article a = list.getSelectionModel().getSelectedItem();
            if (a != null) {
                askDate(a);
            }
        });
        MenuItem remove = new MenuItem("Remove article", new FontIcon(Feather.TRASH_2));
        remove.setOnAction(e -> {
            Article a = list.getSelectionModel().getSelectedItem();
            if (a != null) {
                ws.removeArticle(a.file());
            }
        });
        return new ContextMenu(date, remove);
    }

    private void askDate(Article a) {
        DatePicker picker = new DatePicker(a.published() == null ? LocalDate.now() : a.published());
        Dialog<LocalDate> d = new Dialog<>();
        d.setTitle("Publication date");
        d.setHeaderText("Publication date of \u201c" + title(a) + "\u201d\nRelative dates in it are resolved against this.");
        d.getDialogPane().setContent(picker);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? picker.getValue() : null);
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
        }
        d.showAndWait().ifPresent(day -> ws.setPublished(a.file(), day));
    }

    private final class ArticleCell extends ListCell<Article> {
        private final CheckBox check = new CheckBox();
        private final Label title = new Label();
        private final Label meta = new Label();
        private final Label count = new Label();
        private final HBox box;

        ArticleCell() {
            title.getStyleClass().add("article-title");
            meta.getStyleClass().add("meta");
            count.getStyleClass().add("count");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            VBox text = new VBox(1, title, meta);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            title.setMinWidth(0);
            box = new HBox(6, check, text, spacer, count);
            // Fit the list's width (ellipsis) rather than scroll sideways.
            setPrefWidth(0);
            title.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            meta.setMinWidth(0);
            box.setAlignment(Pos.CENTER_LEFT);
            check.setOnAction(e -> {
                if (getItem() != null) {
                    setOn(getItem(), check.isSelected());
                }
            });
        }

        @Override
        protected void updateItem(Article a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            check.setSelected(isOn(a));
            title.setText(title(a));
            String when = a.published() == null ? "no date" : DATE.format(a.published());
            if (a.publishedSource() != null && a.publishedSource() != org.dateline.model.PublishedSource.TEXT) {
                when += " (" + a.publishedSource().name().toLowerCase() + ")";
            }
            meta.setText(when + (a.outlet() == null ? "" : " · " + a.outlet()));
            count.setText(Integer.toString(ws.eventCount(a)));
            setText(null);
            setGraphic(box);
            setTooltip(new javafx.scene.control.Tooltip(title(a) + "\n" + a.file()));
            setAccessibleText(title(a) + ", " + when + ", " + ws.eventCount(a) + " events");
        }
    }
}
