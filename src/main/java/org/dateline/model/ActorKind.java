// SPDX-License-Identifier: Apache-2.0
package org.dateline.model;

/** What kind of actor a name stands for. */
public enum ActorKind { COUNTRY, ORGANIZATION, PERSON, OUTLET, PLACE }
