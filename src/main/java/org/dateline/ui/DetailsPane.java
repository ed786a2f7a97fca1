// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dateline.model.DateSpan;
import org.dateline.model.Event;
import org.dateline.model.Passage;
import org.dateline.model.Source;
import org.dateline.model.Timex;
import org.kordamp.ikonli.feather.Feather;

/**
 * The selected event: its date (precision, approximate), title, actors as chips, "why this date", and its sources:
 * each shown as the whole article text with the passage highlighted. Merged events step through their sources.
 */
final class DetailsPane extends VBox {
    private final Label date = new Label();
    private final Label title = new Label();
    private final FlowPane chips = new FlowPane(4, 4);
    private final Label why = new Label();
    private final Label sourceLabel = new Label();
    private final Label articleLabel = new Label();
    private final VBox sources = new VBox(2);
    private final Button prev = new Button(null, Icons.of(Feather.CHEVRON_LEFT));
    private final Button next = new Button(null, Icons.of(Feather.CHEVRON_RIGHT));
    private final PassageView passage = new PassageView();
    private final Label empty = new Label("Select an event on the timeline to read where it comes from.");
    private final VBox body;
    private static final javafx.css.PseudoClass CURRENT = javafx.css.PseudoClass.getPseudoClass("current");
    private Event event;
    private int sourceIndex;

    DetailsPane() {
        getStyleClass().add("details-pane");
        setPadding(new Insets(10));
        setSpacing(6);
        setId("details");
        date.setId("details-date");
        date.getStyleClass().add("details-date");
        title.setId("details-title");
        title.getStyleClass().add("details-title");
        title.setWrapText(true);
        why.setId("details-why");
        why.getStyleClass().add("details-why");
        why.setWrapText(true);
        chips.setId("details-actors");
        sourceLabel.setId("details-source");
        articleLabel.getStyleClass().add("meta");
        articleLabel.setWrapText(true);
        prev.setId("source-prev");
        next.setId("source-next");
        prev.setTooltip(new Tooltip("Previous source"));
        next.setTooltip(new Tooltip("Next source"));
        prev.getStyleClass().addAll("flat", "small");
        next.getStyleClass().addAll("flat", "small");
        prev.setOnAction(e -> step(-1));
        next.setOnAction(e -> step(1));
        passage.setId("passage");
        // Wrapped labels in a VBox get one line unless told to keep their preferred height.
        for (Label l : new Label[] {date, title, why, articleLabel, empty}) {
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.setWrapText(true);
        }
        empty.setWrapText(true);
        empty.getStyleClass().add("placeholder");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox nav = new HBox(4, sourceLabel, spacer, prev, next);
        nav.setAlignment(Pos.CENTER_LEFT);
        nav.getStyleClass().add("source-nav");
        Label whyHeader = header("Why this date");
        Label srcHeader = header("Source");
        VBox.setVgrow(passage, Priority.ALWAYS);
        sources.setId("details-sources");
        sources.getStyleClass().add("source-list");
        body = new VBox(6, date, title, chips, whyHeader, why, srcHeader, sources, nav, articleLabel, passage);
        VBox.setVgrow(body, Priority.ALWAYS);
        show(null);
    }

    private static Label header(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("pane-header");
        return l;
    }

    Event event() {
        return event;
    }

    int sourceIndex() {
        return sourceIndex;
    }

    PassageView passage() {
        return passage;
    }

    void show(Event e) {
        event = e;
        sourceIndex = 0;
        if (e == null) {
            getChildren().setAll(empty);
            passage.clear();
            return;
        }
        getChildren().setAll(body);
        DateSpan d = e.date();
        date.setText(formatDate(d) + "  ·  " + d.precision().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (d.approximate() ? "  ·  approximate" : ""));
        title.setText(e.title());
        chips.getChildren().clear();
        for (String a : e.actors()) {
            Label chip = new Label(a);
            chip.getStyleClass().add("chip");
            chips.getChildren().add(chip);
        }
        fillSources();
        showSource();
    }

    /** Moves to the next ({@code +1}) or previous ({@code -1}) source of a merged event, wrapping around. */
    void step(int delta) {
        if (event == null || event.sources().size() < 2) {
            return;
        }
        int n = event.sources().size();
        sourceIndex = ((sourceIndex + delta) % n + n) % n;
        showSource();
    }

    /** Shows source {@code i} of the event (0-based). */
    void showSource(int i) {
        if (event != null && i >= 0 && i < event.sources().size()) {
            sourceIndex = i;
            showSource();
        }
    }

    private void fillSources() {
        sources.getChildren().clear();
        for (int i = 0; i < event.sources().size(); i++) {
            Passage p = event.sources().get(i).passage();
            int index = i;
            javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink((i + 1) + ". "
                    + ArticlesPane.title(p.article())
                    + (p.article().published() == null ? "" : " \u00b7 " + ArticlesPane.DATE.format(p.article().published())));
            link.getStyleClass().add("source-link");
            link.setOnAction(e -> showSource(index));
            link.setMaxWidth(Double.MAX_VALUE);
            link.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
            sources.getChildren().add(link);
        }
    }

    private void showSource() {
        Source s = event.sources().get(sourceIndex);
        for (int i = 0; i < sources.getChildren().size(); i++) {
            sources.getChildren().get(i).pseudoClassStateChanged(CURRENT, i == sourceIndex);
        }
        Passage p = s.passage();
        int n = event.sources().size();
        sourceLabel.setText("Source " + (sourceIndex + 1) + " of " + n);
        prev.setDisable(n < 2);
        next.setDisable(n < 2);
        articleLabel.setText(ArticlesPane.title(p.article())
                + (p.article().published() == null ? "" : " · " + ArticlesPane.DATE.format(p.article().published())));
        Timex t = s.timex();
        why.setText(whyText(t));
        int ts = t == null ? p.end() : t.start();
        int te = t == null ? p.end() : t.end();
        passage.show(p.article().text(), p.start(), p.end(), ts, te);
    }

    static String whyText(Timex t) {
        if (t == null) {
            return "The date was not written in this passage (it came from the article or a merged source).";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('\u201c').append(t.text()).append("\u201d \u2192 ").append(t.value());
        if (t.mod() != null) {
            sb.append(" (").append(t.mod().toLowerCase(Locale.ROOT)).append(')');
        }
        if (t.unresolved() != null && !t.unresolved().equals(t.value())) {
            sb.append("\nread as ").append(t.unresolved());
            sb.append(t.anchor() == null ? "" : ", resolved against " + t.anchor());
        } else if (t.anchor() != null) {
            sb.append("\nanchor: ").append(t.anchor());
        }
        if (t.rule() != null) {
            sb.append("\nrule ").append(t.rule());
        }
        return sb.toString();
    }

    static String formatDate(DateSpan d) {
        return switch (d.precision()) {
            case TIME, DAY -> d.first().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
            case MONTH -> d.first().format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
            case YEAR -> Integer.toString(d.first().getYear());
            case DECADE -> d.first().getYear() + "s";
            case QUARTER -> "Q" + ((d.first().getMonthValue() - 1) / 3 + 1) + " " + d.first().getYear();
            default -> d.value() + " (" + d.first() + " \u2013 " + d.last() + ")";
        };
    }
}
