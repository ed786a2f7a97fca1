// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import java.util.List;
import java.util.regex.Pattern;
import org.dateline.extract.actor.ActorMention;
import org.dateline.model.Span;

/**
 * A clause that goes on with a second predicate and no subject of its own ("..., and must submit a plan by
 * February 17") tells a statement of the subject that opens its sentence; its title names that subject.
 */
final class SecondPredicates {
    private SecondPredicates() {
    }

    /**
     * "GM received loans in December, and must submit a plan by February 17": the second predicate's title takes
     * the subject that opens the sentence, named as the actor it is.
     */
    static String withSentenceSubject(String text, Span sentence, Span clause, String title,
                                      List<ActorMention> mentions) {
        if (clause.start() <= sentence.start() || title.isEmpty()
                || !SUBJECTLESS_PREDICATE.matcher(text.substring(clause.start(), clause.end())).lookingAt()
                || !SUBJECTLESS_TITLE.matcher(title).lookingAt()) {
            return title;
        }
        return mentions.stream()
                .filter(m -> m.start() >= sentence.start() && m.start() <= sentence.start() + SUBJECT_AT
                        && m.end() <= clause.start())
                .findFirst()
                .map(m -> m.actor().name() + " " + Character.toLowerCase(title.charAt(0)) + title.substring(1))
                .orElse(title);
    }

    /** How far into its sentence a name may start and still be the subject ("The GM board"). */
    private static final int SUBJECT_AT = 4;
    private static final Pattern SUBJECTLESS_PREDICATE = Pattern.compile(
            "[\\s,;]*(?:and|but)\\s+(?:then\\s+|later\\s+|also\\s+)?(?:must|will|would|could|should|can|may|might|has|have|"
                    + "had|is|are|was|were|\\p{Ll}+ed)\\b");
    private static final Pattern SUBJECTLESS_TITLE = Pattern.compile(
            "(?:Then\\s+|Later\\s+|Also\\s+)?(?:Must|Will|Would|Could|Should|Can|May|Might|Has|Have|Had|Is|Are|Was|Were|"
                    + "\\p{Lu}\\p{Ll}+ed)\\b");
}
