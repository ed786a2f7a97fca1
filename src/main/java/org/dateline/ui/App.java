// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop app. Placeholder window until the app work lands. */
public final class App extends Application {

    public static void launchWith(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Dateline");
        stage.setScene(new Scene(new Label("Dateline"), 900, 600));
        stage.show();
    }
}
