// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Non-modal notices in a bar over the main content (ControlsFX NotificationPane): a file that failed, a duplicate
 * skipped. Notices that arrive while one is showing are added to it, so nothing scrolls away unseen.
 */
public final class Notices {
    private static final int MAX_LINES = 6;
    private final NotificationPane pane;
    private final List<String> lines = new ArrayList<>();
    private final List<String> history = new ArrayList<>();
    private final PauseTransition autoHide = new PauseTransition(Duration.seconds(15));

    public Notices(Node content) {
        pane = new NotificationPane(content);
        pane.setShowFromTop(true);
        pane.getStyleClass().add("notices");
        pane.setOnHidden(e -> lines.clear());
        autoHide.setOnFinished(e -> pane.hide());
    }

    public NotificationPane node() {
        return pane;
    }

    /** Shows one line (for example "report.exe: unsupported file type"). */
    public void show(String line) {
        history.add(line);
        lines.add(line);
        List<String> shown = lines.size() <= MAX_LINES ? lines : lines.subList(lines.size() - MAX_LINES, lines.size());
        String text = String.join("\n", shown);
        if (lines.size() > MAX_LINES) {
            text = (lines.size() - MAX_LINES) + " earlier notices…\n" + text;
        }
        pane.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        pane.setText(text);
        if (!pane.isShowing()) {
            pane.show();
        }
        autoHide.playFromStart();
    }

    /** The text now showing, empty when hidden. */
    public String text() {
        return pane.isShowing() || !lines.isEmpty() ? pane.getText() : "";
    }

    /** Every notice shown since start, oldest first. */
    public List<String> history() {
        return List.copyOf(history);
    }

    public void hide() {
        pane.hide();
    }
}
