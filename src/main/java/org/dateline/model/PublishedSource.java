// SPDX-License-Identifier: Apache-2.0
package org.dateline.model;

/** Where an article's publication date came from. */
public enum PublishedSource { TEXT, INFERRED, USER }
