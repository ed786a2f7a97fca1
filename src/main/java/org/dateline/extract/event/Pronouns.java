// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.extract.actor.ActorMention;
import org.dateline.model.ActorKind;

/**
 * A personal pronoun that opens a statement ("He fought cancer in 2004") stands for the person named last
 * before it: news writing names a person, then goes on with "he" or "she". Only the subject pronouns of a
 * person are resolved; "it" and "they" name too many things (a product, a team, a country) to guess.
 */
final class Pronouns {
    private static final Pattern SUBJECT = Pattern.compile("^(?:He|She)\\b(?!['’])");

    private Pronouns() {
    }

    /**
     * The mention of the person a title's subject pronoun stands for: the last person named before the pronoun
     * in {@code text[clauseStart, clauseEnd)}; empty when the title does not open with "He"/"She" or no person
     * was named yet. {@code mentions} sorted by start.
     */
    static Optional<ActorMention> subjectAntecedent(String text, String title, int clauseStart, int clauseEnd,
                                                    List<ActorMention> mentions) {
        Matcher s = SUBJECT.matcher(title);
        if (!s.find()) {
            return Optional.empty();
        }
        // "Rep. Matt Gaetz said Sunday he would...": a frame left the title, and the pronoun stands after the
        // sayer, who is then the last person named before it
        Matcher own = Pattern.compile("\\b" + s.group() + "\\b", Pattern.CASE_INSENSITIVE).matcher(text)
                .region(clauseStart, clauseEnd);
        int before = own.find() ? own.start() : clauseStart;
        List<ActorMention> people = mentions.stream()
                .filter(m -> m.end() <= before && m.actor().kind() == ActorKind.PERSON).toList();
        if (people.isEmpty()) {
            return Optional.empty();
        }
        // "Biden met Xi on Monday. He said...": of the people of the sentence that named one last, the first
        // (its subject) is the one the story goes on about
        int i = people.size() - 1;
        while (i > 0 && !SENTENCE_END.matcher(text.substring(people.get(i - 1).end(), people.get(i).start())).find()) {
            i--;
        }
        return Optional.of(people.get(i));
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’]?\\s|\\n");

    /** The title with its opening pronoun replaced by the person's name. */
    static String named(String title, String name) {
        Matcher m = SUBJECT.matcher(title);
        return m.find() ? name + title.substring(m.end()) : title;
    }
}
