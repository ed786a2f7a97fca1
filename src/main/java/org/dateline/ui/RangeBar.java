// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.RangeSlider;
import org.dateline.model.Timeline;

/**
 * The date-range filter: a RangeSlider over the days the loaded events cover. Both thumbs at the ends mean no date
 * restriction. The filter is committed when a thumb is released (or moved by the keyboard).
 */
final class RangeBar extends HBox {
    private final Workspace ws;
    private final RangeSlider slider = new RangeSlider(0, 1, 0, 1);
    private final Label from = new Label();
    private final Label to = new Label();
    private boolean syncing;

    RangeBar(Workspace ws) {
        this.ws = ws;
        getStyleClass().add("range-bar-pane");
        setSpacing(8);
        setPadding(new Insets(4, 10, 4, 10));
        setAlignment(Pos.CENTER);
        slider.setId("date-range");
        from.setId("range-from");
        to.setId("range-to");
        from.getStyleClass().add("meta");
        to.getStyleClass().add("meta");
        from.setMinWidth(80);
        to.setMinWidth(80);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setBlockIncrement(1);
        getChildren().addAll(from, slider, to);
        ws.timelineProperty().addListener((o, a, b) -> sync());
        ws.stateProperty().addListener((o, a, b) -> sync());
        slider.lowValueProperty().addListener((o, a, b) -> moved(slider.isLowValueChanging()));
        slider.highValueProperty().addListener((o, a, b) -> moved(slider.isHighValueChanging()));
        slider.lowValueChangingProperty().addListener((o, a, b) -> moved(b));
        slider.highValueChangingProperty().addListener((o, a, b) -> moved(b));
        sync();
    }

    RangeSlider slider() {
        return slider;
    }

    private void moved(boolean changing) {
        if (syncing) {
            return;
        }
        updateLabels();
        if (!changing) {
            commit();
        }
    }

    /** Sets the filter from the thumbs. */
    void commit() {
        long lo = Math.round(slider.getLowValue());
        long hi = Math.round(slider.getHighValue());
        LocalDate f = lo <= Math.round(slider.getMin()) ? null : LocalDate.ofEpochDay(lo);
        LocalDate t = hi >= Math.round(slider.getMax()) ? null : LocalDate.ofEpochDay(hi);
        ws.setFilter(ws.filter().withRange(f, t), "Date range");
    }

    private void sync() {
        Timeline t = ws.timeline();
        long min = t.events().stream().mapToLong(e -> e.date().first().toEpochDay()).min().orElse(0);
        long max = t.events().stream().mapToLong(e -> e.date().last().toEpochDay()).max().orElse(min + 1);
        if (max <= min) {
            max = min + 1;
        }
        syncing = true;
        try {
            slider.setMax(Math.max(max, slider.getMin()));
            slider.setMin(min);
            slider.setMax(max);
            LocalDate f = ws.filter().from();
            LocalDate to = ws.filter().to();
            slider.setHighValue(to == null ? max : Math.min(max, to.toEpochDay()));
            slider.setLowValue(f == null ? min : Math.max(min, f.toEpochDay()));
            slider.setHighValue(to == null ? max : Math.min(max, to.toEpochDay()));
        } finally {
            syncing = false;
        }
        setDisable(t.events().isEmpty());
        updateLabels();
    }

    private void updateLabels() {
        if (ws.timeline().events().isEmpty()) {
            from.setText("");
            to.setText("");
            return;
        }
        from.setText(ArticlesPane.DATE.format(LocalDate.ofEpochDay(Math.round(slider.getLowValue()))));
        to.setText(ArticlesPane.DATE.format(LocalDate.ofEpochDay(Math.round(slider.getHighValue()))));
    }
}
