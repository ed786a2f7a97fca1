// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** Accepts files and folders dropped anywhere on the window and hands them to the opener. */
public final class DropHandler {
    private final Consumer<List<Path>> open;

    public DropHandler(Consumer<List<Path>> open) {
        this.open = open;
    }

    public void install(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, this::onDragOver);
        scene.addEventHandler(DragEvent.DRAG_DROPPED, this::onDragDropped);
    }

    public void install(Node node) {
        node.addEventHandler(DragEvent.DRAG_OVER, this::onDragOver);
        node.addEventHandler(DragEvent.DRAG_DROPPED, this::onDragDropped);
    }

    public void onDragOver(DragEvent e) {
        Dragboard db = e.getDragboard();
        if (db != null && db.hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        }
    }

    public void onDragDropped(DragEvent e) {
        Dragboard db = e.getDragboard();
        boolean ok = db != null && db.hasFiles() && drop(db.getFiles());
        e.setDropCompleted(ok);
        e.consume();
    }

    /** Opens the dropped files; false when there was nothing to open. */
    public boolean drop(List<File> files) {
        if (files == null || files.isEmpty()) {
            return false;
        }
        open.accept(files.stream().map(File::toPath).toList());
        return true;
    }
}
