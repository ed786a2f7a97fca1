// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A whole article's text with one passage highlighted (a painted band behind the text, plus a style class on the
 * passage) and the date expression inside it marked; scrolls the passage into view.
 */
final class PassageView extends ScrollPane {
    private final Text before = new Text();
    private final Text lead = new Text();
    private final Text timex = new Text();
    private final Text tail = new Text();
    private final Text after = new Text();
    private final TextFlow flow = new TextFlow(before, lead, timex, tail, after);
    private final Path band = new Path();
    private int bandStart;
    private int bandEnd;
    private boolean scrollPending;

    private final Pane canvas = new Pane(band, flow) {
        @Override
        protected void layoutChildren() {
            double w = getWidth() - snappedLeftInset() - snappedRightInset();
            flow.resizeRelocate(snappedLeftInset(), snappedTopInset(), w, flow.prefHeight(w));
            band.setLayoutX(flow.getLayoutX());
            band.setLayoutY(flow.getLayoutY());
            PathElement[] shape = bandEnd > bandStart ? flow.rangeShape(bandStart, bandEnd) : new PathElement[0];
            band.getElements().setAll(shape);
        }

        @Override
        protected double computePrefHeight(double width) {
            double w = (width < 0 ? PassageView.this.getViewportBounds().getWidth() : width)
                    - snappedLeftInset() - snappedRightInset();
            return flow.prefHeight(w) + snappedTopInset() + snappedBottomInset();
        }
    };

    PassageView() {
        getStyleClass().add("passage-view");
        canvas.getStyleClass().add("passage-canvas");
        flow.getStyleClass().add("article-text");
        before.getStyleClass().add("article-body");
        after.getStyleClass().add("article-body");
        lead.getStyleClass().addAll("article-body", "passage-highlight");
        tail.getStyleClass().addAll("article-body", "passage-highlight");
        timex.getStyleClass().addAll("article-body", "passage-highlight", "timex-highlight");
        band.getStyleClass().add("passage-band");
        band.setManaged(false);
        setContent(canvas);
        setFitToWidth(true);
        viewportBoundsProperty().addListener((o, a, b) -> scrollLater());
        canvas.heightProperty().addListener((o, a, b) -> scrollLater());
    }

    /** Shows {@code text} with {@code [start, end)} highlighted and {@code [tStart, tEnd)} (inside it) marked. */
    void show(String text, int start, int end, int tStart, int tEnd) {
        if (tStart < start || tEnd > end || tEnd <= tStart) {
            tStart = end;
            tEnd = end;
        }
        before.setText(text.substring(0, start));
        lead.setText(text.substring(start, tStart));
        timex.setText(text.substring(tStart, tEnd));
        tail.setText(text.substring(tEnd, end));
        after.setText(text.substring(end));
        bandStart = start;
        bandEnd = end;
        canvas.requestLayout();
        scrollPending = true;
        scrollLater();
    }

    void clear() {
        show("", 0, 0, 0, 0);
        scrollPending = false;
    }

    /** The highlighted passage as shown. */
    String highlighted() {
        return lead.getText() + timex.getText() + tail.getText();
    }

    Path band() {
        return band;
    }

    private void scrollLater() {
        if (!scrollPending) {
            return;
        }
        javafx.application.Platform.runLater(this::scrollToPassage);
    }

    /** Puts the passage a third of the way down the viewport. */
    private void scrollToPassage() {
        Bounds vp = getViewportBounds();
        double content = canvas.getHeight();
        if (vp.getHeight() <= 0 || content <= 0) {
            return;
        }
        canvas.layout();
        Bounds b = band.getBoundsInParent();
        double excess = content - vp.getHeight();
        if (excess <= 0 || b.isEmpty()) {
            setVvalue(0);
        } else {
            double y = b.getMinY() - vp.getHeight() / 3;
            setVvalue(Math.max(0, Math.min(1, y / excess)));
        }
        scrollPending = false;
    }

    /** True when the passage lies within the visible part of the viewport (for tests and accessibility). */
    boolean passageVisible() {
        Bounds vp = getViewportBounds();
        double excess = Math.max(0, canvas.getHeight() - vp.getHeight());
        double top = getVvalue() * excess;
        Bounds b = band.getBoundsInParent();
        return !b.isEmpty() && b.getMinY() >= top - 1 && b.getMinY() <= top + vp.getHeight();
    }
}
