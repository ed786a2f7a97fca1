// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hard cases of the actors issue, as tables. In each text the name under test is in [brackets]; the expected
 * value is the actor it stands for and its kind ({@code Russia:COUNTRY}), {@code Kabul:PLACE} for a place, or
 * {@code -} when it must not be an actor.
 */
class ActorRecognizerTest {
    private static final ActorRecognizer RECOGNIZER = ActorRecognizer.load();

    /** What the bracketed name in {@code marked} is recognised as. */
    static String actorOf(String marked) {
        int open = marked.indexOf('[');
        int close = marked.indexOf(']');
        String text = marked.substring(0, open) + marked.substring(open + 1, close) + marked.substring(close + 1);
        int start = open;
        int end = close - 1;
        Optional<ActorMention> hit = RECOGNIZER.recognize(text).stream()
                .filter(m -> m.start() < end && m.end() > start).findFirst();
        return hit.map(m -> m.role() == ActorMention.Role.PLACE ? m.actor().name() + ":PLACE"
                : m.actor().name() + ":" + m.actor().kind()).orElse("-");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "[Moscow] recognised the Taliban administration in July.                    | Russia:COUNTRY",
        "However, the [United States] maintained its refusal. [Washington] maintained it too. | United States:COUNTRY",
        "However, the United States maintained its refusal. [Washington] maintained it too. | United States:COUNTRY",
        "Relations soured amid [Islamabad]'s accusations that militants attacked.   | Pakistan:COUNTRY",
        "This normalization continued with [Moscow] revoking its designation.      | Russia:COUNTRY",
        "Both Moscow and [Kabul] hope that the act will serve as a precedent.        | Afghanistan:COUNTRY",
        "The Taliban hosted several US delegations in [Kabul] during the year.       | Kabul:PLACE",
        "He became envoy at the Afghan embassy in [Moscow] that month.               | Moscow:PLACE",
        "Talks were held in Moscow and [Kabul] last week.                            | Kabul:PLACE",
        "The trial begins on Wednesday in central [London].                          | London:PLACE",
        "The group opened a Moscow-based office. The [Moscow]-based office closed.   | Moscow:PLACE",
        "The [Washington] Post reported the deal on Friday.                          | Washington Post:OUTLET",
        "The [Doha] process remained stalled.                                       | Doha:PLACE",
        "Power cuts hit [Kabul]'s residents hard.                                    | Kabul:PLACE",
        "Flights to Herat resumed and [Kabul] airport reopened on Monday.           | Kabul:PLACE",
        "The [Kabul] regime welcomed the decision.                                  | Afghanistan:COUNTRY",
        "[Brussels] warned Budapest on Friday.                                      | European Union:ORGANIZATION",
        "Talks were held in [Brussels] last week.                                   | Brussels:PLACE",
        "[Brussels] Airlines cancelled flights.                                     | Brussels Airlines:ORGANIZATION",
        "Relations between Qatar and the [Emirates] improved.                       | United Arab Emirates:COUNTRY",
        "[Emirates] ordered 50 Boeing jets.                                         | Emirates:ORGANIZATION",
        "Plants in Oklahoma City and Doraville, [Georgia], will shut in 2006.       | Georgia:PLACE",
        "The summit opened in Paris, [France].                                      | France:PLACE",
        "Iran, [Iraq] and Syria condemned the strike.                               | Iraq:COUNTRY",
        "In Kyiv, [Ukraine] said on Monday it would respond.                        | Ukraine:COUNTRY",
    })
    void capitalActsForItsCountryOnlyWhenItIsNotAPlace(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "The [iPhone] sold 10 million units in its first year.                      | -",
        "[Windows Vista] shipped in January after delays.                           | -",
        "[Galaxy] S24 launched in February with new features.                       | -",
        "[PlayStation] 5 outsold every rival console.                               | -",
        "[Halo] sold three million copies on its first day.                         | -",
        "The [Windows Vista] operating system was delayed again.                    | -",
        "[Nintendo] sold 10 million consoles, the company said.                     | Nintendo:ORGANIZATION",
        "[Apple] launched the iPhone in January.                                    | Apple:ORGANIZATION",
        "Apple makes the Mac. It runs the [Apple] operating system.                 | Apple:ORGANIZATION",
    })
    void productsAreNoActors(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "[Acme], the biggest customer for the A380 with 43 orders, announced on Friday that it would sue. | Acme:ORGANIZATION",
        "[Acme], the maker of jets, said on Monday it would hire staff.             | Acme:ORGANIZATION",
        "Rep. [Matt Gaetz], R-Fla., said on Sunday he would run.                    | Matt Gaetz:PERSON",
    })
    void aLongAppositionStandsBetweenANameAndItsVerb(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "[Delegates] will meet again next year in Marrakech.                       | -",
        "[Protesters] gathered outside parliament on Monday.                        | -",
        "[Analysts] expect a vote in March.                                         | -",
        "[Cases] peaked in August and have fallen since.                            | -",
        "The talks collapsed. [Rogers] said he would try again. Mr. Rogers left.    | Rogers:PERSON",
    })
    void aPluralNounOpeningASentenceIsNoActor(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Markets were closed for the Martin Luther King [Jr]. holiday.             | Martin Luther King Jr:PERSON",
        "[Martin Luther King Jr.] said in 1963 that he had a dream.                 | Martin Luther King Jr:PERSON",
        "[Ford Motor Co.] said on Monday it would wait.                            | Ford Motor:ORGANIZATION",
        "Commission President [Ursula von der Leyen] said on Thursday it would act. | Ursula von der Leyen:PERSON",
    })
    void aNameSuffixEndsTheNameBeforeIt(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "[Trump] told reporters he would not resign.                                | Trump:PERSON",
        "[Netanyahu] said his government would respond.                             | Netanyahu:PERSON",
        "The tariffs will rise, according to [Trump]. He spoke on Monday.           | Trump:PERSON",
        "\"We will win,\" [Zelensky] added. She disagreed with him.                   | Zelensky:PERSON",
        "[Trump] said it was unfair. Trump said he would appeal. Trump left.        | Trump:PERSON",
        "Mr. Trump arrived late. [Trump] said the talks had failed.                 | Trump:PERSON",
        "[Nvidia] said its revenue doubled. Nvidia said he was hired in May.         | Nvidia:ORGANIZATION",
        "[Nvidia] said revenue doubled in the quarter.                              | Nvidia:ORGANIZATION",
        "[IBM] said he had been hired in May.                                       | IBM:ORGANIZATION",
        "[Nvidia] hired John Smith for his skills in May.                           | Nvidia:ORGANIZATION",
        "[Biden] told reporters at the White House that he was confident.          | Biden:PERSON",
        "[Nvidia] said revenue doubled. Nvidia hired her in May.                    | Nvidia:ORGANIZATION",
        "[Dimon] said the plan was sound. Dimon's lawyers declined to comment.      | Dimon:PERSON",
        "[Musk] said the company would delay its robotaxi. Musk said he was calm.   | Musk:PERSON",
        "[McConnell] told reporters he would not run again.                        | McConnell:PERSON",
        "\"I will not resign,\" [Netanyahu] said on Monday.                         | Netanyahu:PERSON",
        "[Netanyahu] said: \"My government will not fall.\"                           | Netanyahu:PERSON",
        "\"We will not resign,\" [Nvidia] said on Monday.                           | Nvidia:ORGANIZATION",
    })
    void aLoneNameThatReportsIsAPersonWhenThePronounsSaySo(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Strikes hit the city again. [Gaza] has been bombarded for weeks.           | Gaza:PLACE",
        "[Crimea] remains occupied, the report said.                               | Crimea:PLACE",
        "[Bavaria] voted on Sunday.                                                 | Bavaria:PLACE",
        "[California] sued the administration on Tuesday.                          | California:PLACE",
        "Fighting near Donetsk and [Kharkiv] intensified. Kharkiv came under fire.  | Kharkiv:PLACE",
        "Texas passed a new law. [Texas] has the largest prison system.             | Texas:PLACE",
        "[Texas Instruments] reported higher profits.                               | Texas Instruments:ORGANIZATION",
        "The [University of California] said it would appeal.                      | University of California:ORGANIZATION",
        "The [New York Times] reported the deal.                                    | New York Times:OUTLET",
        "Chris Dallas won the vote. [Dallas] said he was delighted.                 | Chris Dallas:PERSON",
        "[Georgia] said it would join the talks.                                    | Georgia:COUNTRY",
        "Mr. Rivera arrived late. [Rivera] said the talks had failed.               | Rivera:PERSON",
        "[Rivera] said he would resign next week.                                   | Rivera:PERSON",
        "Abbott signed the bill in [Texas]. He said it would pass.                  | Texas:PLACE",
        "[Gaza] said it would respond.                                              | Gaza:PLACE",
        "[Virginia] passed a new voting law.                                        | Virginia:PLACE",
        "[Virginia Woolf] wrote the novel in 1925.                                  | Virginia Woolf:PERSON",
        "[Charlotte] said she would not attend.                                     | Charlotte:PERSON",
        "Officials blamed the [Sinaloa] cartel for the attack.                     | Sinaloa cartel:ORGANIZATION",
        "Thirty people died, according to the [Gaza Health Ministry].              | Gaza Health Ministry:ORGANIZATION",
        "[Texas] Governor Greg Abbott signed the bill into law.                     | Texas:PLACE",
    })
    void regionsAndCitiesArePlacesNotActors(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "[Russian] President Vladimir Putin said in October that problems remained. | Russia:COUNTRY",
        "Officials said [Afghan]-based militants carried out cross-border attacks.  | Afghanistan:COUNTRY",
        "The visits led to the release of a number of [American] detainees.         | United States:COUNTRY",
        "The [Pakistani] army said it had killed ten militants.                     | Pakistan:COUNTRY",
        "India, Germany and [Tajikistan] expanded limited engagement.               | Tajikistan:COUNTRY",
        "[Tajik] officials met the delegation.                                      | Tajikistan:COUNTRY",
        "Many [Afghans] fled after the takeover.                                    | Afghanistan:COUNTRY",
        "The [American] computer company Apple has reached a record profit.         | -",
        "The board of [American] Airlines met on Monday.                            | American Airlines:ORGANIZATION",
    })
    void demonymsStandForTheirCountry(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "In March 2022, Russia's [Foreign Ministry] accredited the envoy.           | Russia:COUNTRY",
        "In this regard, the [Kremlin] hopes that its decision will be followed.    | Russia:COUNTRY",
        "The [White House] said the talks had ended.                                | United States:COUNTRY",
        "The [Pentagon] confirmed the strike on Tuesday.                            | United States:COUNTRY",
        "Chinese [Foreign Ministry] spokeswoman Mao Ning said China wants peace.     | China:COUNTRY",
        "The [Pakistani Army] said it had killed ten militants.                     | Pakistan:COUNTRY",
        "India sent tents, the [Indian External Affairs Ministry] said.             | India:COUNTRY",
        "According to the Afghan [Ministry of Defence], ten soldiers died.          | Afghanistan:COUNTRY",
        "The [Ministry of Foreign Affairs] of Afghanistan rejected the report.      | Afghanistan:COUNTRY",
        "The Taliban's [Foreign Ministry] rejected the report.                      | Taliban:ORGANIZATION",
    })
    void governmentBodiesActForTheirCountry(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Trump halted assistance and demanded the return of [US] equipment.         | United States:COUNTRY",
        "The [U.S.] embassy said it would reopen.                                   | United States:COUNTRY",
        "[America] wants a deal, the envoy said.                                    | United States:COUNTRY",
        "Officials in [Britain] said the plan would change.                         | United Kingdom:COUNTRY",
        "The [Russian Federation] recognised the government.                        | Russia:COUNTRY",
        "[UN] officials said aid had been cut.                                      | United Nations:ORGANIZATION",
        "Several officials remain under [United Nations] sanctions.                 | United Nations:ORGANIZATION",
        "A statement by [U.N.] officials followed.                                  | United Nations:ORGANIZATION",
        "[NATO] allies met in Brussels.                                             | NATO:ORGANIZATION",
    })
    void canonicalNamesAgree(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Militants, including the Pakistani Taliban ([TTP]), attacked posts.        | Pakistani Taliban:ORGANIZATION",
        "The Baloch Liberation Army (BLA) claimed the attack. The [BLA] said more would follow. | Baloch Liberation Army:ORGANIZATION",
        "The [Baloch Liberation Army] (BLA) claimed the attack.                     | Baloch Liberation Army:ORGANIZATION",
        "Analysts at the Institute for the Study of War ([ISW]) said forces advanced. | Institute for the Study of War:ORGANIZATION",
        "Jobs spoke at the World Wide Developers [Conference] (WWDC) on Monday.     | -",
        "Jobs spoke at the World Wide Developers Conference (WWDC). [WWDC] drew 3,800 people. | -",
        "Imran Khan's Pakistan Tehreek-e-Insaf ([PTI]) party rejected the statement. | Pakistan Tehreek-e-Insaf:ORGANIZATION",
        "Members of the Islamic State Khorasan Province (ISKP) were held. [ISKP] denied it. | Islamic State Khorasan Province:ORGANIZATION",
    })
    void acronymInParenthesesNamesWhatItFollows(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Russia's Foreign Ministry accredited Taliban envoy Jamal Nasir Gharwal, with [Gharwal] assuming control. | Jamal Nasir Gharwal:PERSON",
        "General Abdel Fattah al-Burhan, the army chief, spoke. [Burhan] has led the country since the coup. | Abdel Fattah al-Burhan:PERSON",
        "The Haqqani network is led by Interior Minister Sirajuddin Haqqani. In December, [Haqqani] criticised governance. | Sirajuddin Haqqani:PERSON",
        "The [Haqqani network] is led by Interior Minister Sirajuddin Haqqani. In December, Haqqani criticised governance. | Haqqani network:ORGANIZATION",
        "The [Farouk network], led by commander Omar Farouk, claimed the attack. Farouk said more would follow. | Farouk network:ORGANIZATION",
        "The Farouk network, led by commander Omar Farouk, claimed the attack. [Farouk] said more would follow. | Omar Farouk:PERSON",
        "Apple Computer CEO Steve Jobs gave the keynote. [Jobs] said sales were up. | Steve Jobs:PERSON",
        "President Trump spoke first. US President [Donald Trump] halted assistance. | Donald Trump:PERSON",
        "[President Trump] spoke first. US President Donald Trump halted assistance. | Donald Trump:PERSON",
        "Lewis Hamilton won in Monaco. [Hamilton] said the car was fast.            | Lewis Hamilton:PERSON",
        "Senator [Hamilton] said the bill would pass.                               | Hamilton:PERSON",
    })
    void laterSurnameResolvesToTheFullName(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Taliban spokesperson [Zabihullah Mujahid] said members made 99 trips.      | Zabihullah Mujahid:PERSON",
        "The leadership under Taliban supreme leader [Hibatullah Akhundzada] held.  | Hibatullah Akhundzada:PERSON",
        "\"The decision was driven by pride,\" [Nikita Smagin], an independent expert on Russia, said. | Nikita Smagin:PERSON",
        "U.S. Secretary of State [Marco Rubio] said the offer stood.                | Marco Rubio:PERSON",
        "\"The situation is difficult,\" said [Oleksandr Syrskyi], the top commander. | Oleksandr Syrskyi:PERSON",
        "[Apple] Computer CEO Steve Jobs gave the keynote.                          | Apple Computer:ORGANIZATION",
        "Mossad [chief] David Barnea would attend.                                  | -",
        "[Mossad] chief David Barnea would attend.                                  | Mossad:ORGANIZATION",
        "Kunar's governor, [Mawlawi Qudratullah], said roads were blocked.          | Mawlawi Qudratullah:PERSON",
        "[DaimlerChrysler] chief executive Dieter Zetsche told reporters.           | DaimlerChrysler:ORGANIZATION",
        "\"The market is nervous,\" said Jim Cramer of [CNBC].                     | CNBC:ORGANIZATION",
        "The union had been consulted, Mr. [Wagoner] added.                         | Wagoner:PERSON",
        "Apple confirmed that [Papermaster], 49, had left the company.              | Papermaster:PERSON",
        "[Employee Phil Schiller] discussed new gestures.                           | Phil Schiller:PERSON",
        "Before his post at Apple, Tim Cook worked at IBM. [Cook] held positions there. | Tim Cook:PERSON",
    })
    void titlesAndRolesSignalPeople(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "The Taliban failed to secure recognition, [Khaama Press] reported.         | Khaama Press:OUTLET",
        "The store passed U.S. electronics retailer [Best Buy] last year.           | Best Buy:ORGANIZATION",
        "Figures were released by [NPD Group], a market research firm.              | NPD Group:ORGANIZATION",
        "[Apple Inc.] released a new lineup of laptops.                             | Apple:ORGANIZATION",
        "[Apple] today unveiled its latest addition to the iPod line.               | Apple:ORGANIZATION",
        "In April, the technology blog [Gizmodo] obtained a prototype.              | Gizmodo:OUTLET",
        "Palestinian Authority officials met. The [Authority] said it was ready.    | Palestinian Authority:ORGANIZATION",
        "Efforts to regain control of [Bagram] air base failed.                     | -",
        "The [Shuffle] was introduced in January.                                   | -",
        "[Critics] said the response was slow. Even the critics agreed later.       | -",
        "[Police] said the roads were closed.                                       | -",
        "The [Premier League] confirmed the record audience.                        | Premier League:ORGANIZATION",
        "[Microsoft] and Google also reported strong results on Tuesday.            | Microsoft:ORGANIZATION",
        "[Bank of America] cut its forecast on Monday.                             | Bank of America:ORGANIZATION",
        "The [Federal Reserve] held interest rates steady on Wednesday.            | Federal Reserve:ORGANIZATION",
        "The [Kandahar]-based leadership appeared to tighten its grip.              | Kandahar:PLACE",
        "[Airbus], the European planemaker, said the A380 would be delayed.         | Airbus:ORGANIZATION",
        "[Ford Motor Company] lost $12.7 billion. Ford said it would recover.       | Ford:ORGANIZATION",
        "[Ford]'s CEO Alan Mulally said the plan was on track.                      | Ford:ORGANIZATION",
        "Apple Inc. settled with the record company [Apple Corps]. Apple said so.   | Apple Corps:ORGANIZATION",
        "General Motors Corporation cut jobs. [GM] Chairman Rick Wagoner said so.   | General Motors:ORGANIZATION",
        "The Securities and Exchange Commission ([SEC]) opened an inquiry.          | Securities and Exchange Commission:ORGANIZATION",
        "The European Aeronautic Defence and Space Company ([EADS]) lost billions.  | European Aeronautic Defence and Space Company:ORGANIZATION",
        "Rival [Boeing] has received more than 700 orders.                          | Boeing:ORGANIZATION",
        "The [Dow Jones Industrial Average] closed down 0.5 percent.                | -",
    })
    void organisationsAndOutletsFoundInTheText(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @Test
    void withinGivesTheActorsOfOneSentenceOnly() {
        String text = "Moscow recognised the Taliban in July. The trial began in Kabul, Pakistan said.";
        List<ActorMention> all = RECOGNIZER.recognize(text);
        int second = text.indexOf("The trial");
        assertThat(ActorMention.actorNames(all, 0, second)).containsExactly("Russia", "Taliban");
        assertThat(ActorMention.actorNames(all, second, text.length())).containsExactly("Pakistan");
    }

    @Test
    void governmentBodyAndItsCountryAreOneMention() {
        List<ActorMention> all = RECOGNIZER.recognize("In March 2022, Russia's Foreign Ministry accredited him.");
        assertThat(all).extracting(ActorMention::surface).containsExactly("Russia's Foreign Ministry");
        assertThat(all.get(0).actor().name()).isEqualTo("Russia");
    }

    @Test
    void mentionsComeInTextOrderWithTheirSurfaceAndAliases() {
        String text = "The United States and Russia met. US officials said Washington would wait.";
        List<ActorMention> all = RECOGNIZER.recognize(text);
        assertThat(all).extracting(ActorMention::surface)
                .containsExactly("United States", "Russia", "US", "Washington");
        assertThat(all.get(0).actor().aliases()).contains("US", "Washington");
        assertThat(all).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface()));
    }
}
