// SPDX-License-Identifier: Apache-2.0
package org.dateline.model;

/**
 * A temporal expression found in an article, with its TIMEX3 value.
 *
 * @param start   offset into the article text (inclusive)
 * @param end     offset into the article text (exclusive)
 * @param value   the resolved TIMEX3 value, such as {@code 2025-07-03}, {@code P4Y} or {@code PAST_REF}
 * @param mod     TIMEX3 mod (START, MID, END, APPROX, LESS_THAN, MORE_THAN...) or null
 * @param unresolved the value before anchoring, such as {@code XXXX-07}; equal to {@code value} when none was needed
 * @param rule    id of the rule that found the expression (provenance)
 * @param anchor  what the value was resolved against ("publication date 2025-07-25", "previous date 2022-03"), or null
 */
public record Timex(String text, int start, int end, TimexType type, String value, String mod,
                    String unresolved, String rule, String anchor) {

    public Span span() {
        return new Span(start, end);
    }
}
