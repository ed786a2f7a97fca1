// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui;

import org.dateline.model.ActorKind;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Feather icons the app uses, in one place. */
final class Icons {
    private Icons() {
    }

    static FontIcon of(Feather f) {
        FontIcon i = new FontIcon(f);
        i.getStyleClass().add("app-icon");
        return i;
    }

    static Feather kind(ActorKind k) {
        if (k == null) {
            return Feather.CIRCLE;
        }
        return switch (k) {
            case COUNTRY -> Feather.FLAG;
            case ORGANIZATION -> Feather.BRIEFCASE;
            case PERSON -> Feather.USER;
            case OUTLET -> Feather.RSS;
            case PLACE -> Feather.MAP_PIN;
        };
    }
}
