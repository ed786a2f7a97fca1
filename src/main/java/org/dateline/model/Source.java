// SPDX-License-Identifier: Apache-2.0
package org.dateline.model;

/**
 * One telling of an event: the passage, and the temporal expression in it that dated the event
 * (null when the date came from elsewhere). The timex explains "why this date".
 */
public record Source(Passage passage, Timex timex) {
}
