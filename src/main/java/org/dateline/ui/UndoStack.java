// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Undo and redo of the user's edits, each a pair of actions. */
public final class UndoStack {
    /** One undoable edit. {@code kind} lets consecutive edits of the same kind coalesce (typing in the search box). */
    public record Edit(String name, String kind, Runnable undo, Runnable redo) {
    }

    private static final int LIMIT = 200;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName", "");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName", "");
    private boolean replaying;

    /** Records an edit that has already been done. Ignored while an undo or redo is being replayed. */
    public void push(Edit e) {
        if (replaying) {
            return;
        }
        Edit top = undo.peek();
        if (top != null && e.kind() != null && e.kind().equals(top.kind())) {
            // Coalesce: keep the first edit's undo, take the new edit's redo.
            undo.pop();
            e = new Edit(e.name(), e.kind(), top.undo(), e.redo());
        }
        undo.push(e);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        update();
    }

    /** Closes the current coalescing run so the next edit starts a new step. */
    public void seal() {
        Edit top = undo.peek();
        if (top != null && top.kind() != null) {
            undo.pop();
            undo.push(new Edit(top.name(), null, top.undo(), top.redo()));
        }
    }

    public boolean isReplaying() {
        return replaying;
    }

    public void undo() {
        Edit e = undo.poll();
        if (e == null) {
            return;
        }
        replay(e.undo());
        redo.push(new Edit(e.name(), null, e.undo(), e.redo()));
        update();
    }

    public void redo() {
        Edit e = redo.poll();
        if (e == null) {
            return;
        }
        replay(e.redo());
        undo.push(e);
        update();
    }

    public void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    private void replay(Runnable r) {
        replaying = true;
        try {
            r.run();
        } finally {
            replaying = false;
        }
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoName.set(undo.isEmpty() ? "" : undo.peek().name());
        redoName.set(redo.isEmpty() ? "" : redo.peek().name());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }
}
