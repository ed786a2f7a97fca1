// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AccessControlContext;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.util.Pair;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Drops onto the window. Monocle keeps a stale drag view between real drag gestures, so these tests fire synthetic
 * DragEvents carrying an in-memory dragboard, or call the handler directly.
 */
@ExtendWith(ApplicationExtension.class)
class DropHandlerTest {
    @TempDir
    Path dir;
    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage);
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private List<String> files() {
        return app.ws.timeline().articles().stream().map(Article::file).toList();
    }

    @Test
    void droppedFilesAndFoldersAreAddedToWhatIsLoaded(FxRobot robot) throws Exception {
        Path one = write("one.txt", "Kabul, 3 July 2025. The talks began on 1 July 2025.");
        write("folder/two.txt", "Doha, 4 July 2025. The envoy arrived on 2 July 2025.");
        DragEvent[] over = new DragEvent[1];
        robot.interact(() -> {
            Dragboard db = dragboard(List.of(one.toFile(), dir.resolve("folder").toFile()));
            DragEvent ev = drag(DragEvent.DRAG_OVER, db);
            app.view.dropHandler().onDragOver(ev);
            over[0] = ev;
            app.view.fireEvent(drag(DragEvent.DRAG_DROPPED, db));
        });
        assertThat(over[0].isAccepted()).isTrue();
        assertThat(files()).contains(Fixtures.A.file(), Fixtures.B.file(), one.toString(),
                dir.resolve("folder/two.txt").toString());
        assertThat(app.view.notices().history()).isEmpty();
    }

    @Test
    void badFilesGetANoticeNamingThemAndLoseNothing(FxRobot robot) throws Exception {
        Path good = write("good.txt", "Paris, 3 July 2025. France signed on 1 July 2025.");
        Path exe = write("tool.exe", "MZ binary");
        Path empty = write("blank.txt", "");
        robot.interact(() -> app.view.dropHandler().drop(List.of(good.toFile(), exe.toFile(), empty.toFile())));
        assertThat(files()).contains(Fixtures.A.file(), Fixtures.B.file(), good.toString());
        // Nothing already loaded is lost: every telling is still there (the new article's event may have merged in).
        assertThat(app.ws.timeline().events()).flatExtracting(org.dateline.model.Event::sources)
                .containsAll(Fixtures.EVENTS.stream().flatMap(e -> e.sources().stream()).toList());
        assertThat(app.view.notices().text()).contains("tool.exe").contains("unsupported").contains("blank.txt");
        assertThat(app.view.notices().node().isShowing()).isTrue();
    }

    @Test
    void theSameContentDroppedTwiceIsSkippedWithANotice(FxRobot robot) throws Exception {
        Path a = write("a.txt", "Berlin, 3 July 2025. Germany signed on 1 July 2025.");
        Path copy = write("renamed.txt", Files.readString(a));
        robot.interact(() -> app.view.dropHandler().drop(List.of(a.toFile())));
        int loaded = files().size();
        robot.interact(() -> app.view.dropHandler().drop(List.of(copy.toFile())));
        assertThat(files()).hasSize(loaded).doesNotContain(copy.toString());
        assertThat(app.view.notices().text()).contains("renamed.txt").contains("already loaded");
    }

    @Test
    void dropWithoutFilesIsRefused(FxRobot robot) {
        DragEvent[] ev = new DragEvent[1];
        robot.interact(() -> {
            Dragboard db = dragboard(List.of());
            ev[0] = drag(DragEvent.DRAG_OVER, db);
            app.view.dropHandler().onDragOver(ev[0]);
        });
        assertThat(ev[0].isAccepted()).isFalse();
    }

    private DragEvent drag(javafx.event.EventType<DragEvent> type, Dragboard db) {
        return new DragEvent(app.view, app.view, type, db, 100, 100, 100, 100, TransferMode.COPY, null, null, null);
    }

    /** A dragboard backed by a map, as the toolkit would hand one to a drop target. */
    static Dragboard dragboard(List<File> files) {
        Map<DataFormat, Object> content = new HashMap<>();
        if (!files.isEmpty()) {
            content.put(DataFormat.FILES, files);
        }
        TKClipboard peer = new TKClipboard() {
            @Override
            public void setSecurityContext(AccessControlContext ctx) {
            }

            @Override
            public Set<DataFormat> getContentTypes() {
                return content.keySet();
            }

            @Override
            @SafeVarargs
            public final boolean putContent(Pair<DataFormat, Object>... items) {
                for (Pair<DataFormat, Object> p : items) {
                    content.put(p.getKey(), p.getValue());
                }
                return true;
            }

            @Override
            public Object getContent(DataFormat f) {
                return content.get(f);
            }

            @Override
            public boolean hasContent(DataFormat f) {
                return content.containsKey(f);
            }

            @Override
            public Set<TransferMode> getTransferModes() {
                return EnumSet.of(TransferMode.COPY);
            }

            @Override
            public void setDragView(Image image) {
            }

            @Override
            public void setDragViewOffsetX(double x) {
            }

            @Override
            public void setDragViewOffsetY(double y) {
            }

            @Override
            public Image getDragView() {
                return null;
            }

            @Override
            public double getDragViewOffsetX() {
                return 0;
            }

            @Override
            public double getDragViewOffsetY() {
                return 0;
            }
        };
        return DragboardHelper.createDragboard(peer);
    }
}
