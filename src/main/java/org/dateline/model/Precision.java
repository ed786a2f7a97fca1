// SPDX-License-Identifier: Apache-2.0
package org.dateline.model;

/** How finely a date is known. The one precision enum of the project; ordered fine to coarse. */
public enum Precision {
    TIME, DAY, WEEK, MONTH, SEASON, QUARTER, HALF_YEAR, YEAR, DECADE, CENTURY, UNKNOWN;

    /** True when this precision is at least as fine as {@code other}. */
    public boolean isFinerOrEqual(Precision other) {
        return ordinal() <= other.ordinal();
    }
}
