// SPDX-License-Identifier: Apache-2.0
package org.dateline.model;

/** TIMEX3 types (TimeML 1.2.1). */
public enum TimexType { DATE, TIME, DURATION, SET }
