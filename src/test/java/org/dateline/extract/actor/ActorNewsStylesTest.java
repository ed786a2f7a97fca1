// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cases from the styles of wire, political and business news, as tables in the form of {@link ActorRecognizerTest}:
 * the name under test in [brackets], the expected {@code Name:KIND}, {@code Name:PLACE} or {@code -}.
 */
class ActorNewsStylesTest {
    private static String actorOf(String marked) {
        return ActorRecognizerTest.actorOf(marked.replace("\\n", "\n"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "[Akio Toyoda], the company's president, apologized on Friday.            | Akio Toyoda:PERSON",
        "Akio Toyoda, the company's president, apologized. Mr. [Toyoda] left.     | Akio Toyoda:PERSON",
    })
    void anAppositionsOwnerIsNotItsKind(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "[WASHINGTON] (AP) -- The Senate passed the bill late Friday.             | -",
        "WASHINGTON ([AP]) -- The Senate passed the bill late Friday.             | -",
        "SEOUL, [South Korea] (AP) -- North Korea fired two missiles on Thursday.  | -",
        "TOKYO, Jan 22 ([Reuters]) - Toyota Motor Corp said it would recall cars. | -",
        "DEARBORN, Mich. (AP) -- [Ford Motor Co.] said Monday it will cut jobs.   | Ford Motor:ORGANIZATION",
        "KYIV (Reuters) - [Ukraine] said on Monday it had repelled the attacks.   | Ukraine:COUNTRY",
        "The deal was signed.\\n\\n[NATO] (North Atlantic) said so.                | NATO:ORGANIZATION",
        "Officials said so, [AP] reported.                                        | Associated Press:OUTLET",
    })
    void aDatelineNamesNoActor(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Minority Leader [Mitch McConnell] of Kentucky said the bill spent too much. | Mitch McConnell:PERSON",
        "Minority Leader Mitch McConnell of [Kentucky] said the bill spent too much. | -",
        "Sens. Olympia Snowe and Susan Collins of [Maine] voted for the bill.     | -",
        "\"The market is nervous,\" said Jim Cramer of [CNBC].                     | CNBC:ORGANIZATION",
        "Senate Majority Leader [Harry Reid], D-Nev., said the vote was historic. | Harry Reid:PERSON",
        "Senate [Majority] Leader Harry Reid, D-Nev., said the vote was historic. | -",
        "[House] Speaker Nancy Pelosi said Thursday the House would vote first.   | House:ORGANIZATION",
        "House Speaker [Nancy Pelosi] said Thursday the House would vote first.   | Nancy Pelosi:PERSON",
        "Gov. [Ron DeSantis] signed the bill. DeSantis said it would pass.        | Ron DeSantis:PERSON",
        "Gov. Ron DeSantis signed the bill. [DeSantis] said it would pass.        | Ron DeSantis:PERSON",
        "The raid was led by Lt. Col. [Oliver North] in 1986.                     | Oliver North:PERSON",
    })
    void politicalTitlesAndHomeStates(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }
}
