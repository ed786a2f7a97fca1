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
        "[NATO] (Brussels) said on Friday it would send troops.                   | NATO:ORGANIZATION",
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
        "Many Gen [Z] voters said they would stay home.                           | -",
    })
    void politicalTitlesAndHomeStates(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "U.N. Secretary-General [Ban Ki-moon] called for a ceasefire.              | Ban Ki-moon:PERSON",
        "South Korean President Park Geun-hye spoke. [Park] said Seoul would respond. | Park Geun-hye:PERSON",
        "North Korean leader [Kim Jong-un] warned that his country would strike.  | Kim Jong-un:PERSON",
        "Funds from Wall [Street]-led banks dried up, the official said.          | -",
    })
    void aKoreanGivenNameKeepsItsHyphenatedSyllable(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "[News Corp.]'s MySpace said its traffic grew in September.               | News Corp:ORGANIZATION",
        "[JPMorgan Chase & Co.] Chief Executive Jamie Dimon said the economy grew. | JPMorgan Chase:ORGANIZATION",
        "[Procter & Gamble Co.] said on Monday it would cut jobs.                 | Procter & Gamble:ORGANIZATION",
        "[Employee Phil Schiller] discussed new gestures.                         | Phil Schiller:PERSON",
        "The [Fed] raised interest rates on Tuesday.                              | Federal Reserve:ORGANIZATION",
        "[Fed] Chairman Ben S. Bernanke said inflation remained a concern.         | Federal Reserve:ORGANIZATION",
    })
    void companyNamesKeepWhatMakesThemNames(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "On Wednesday, [Boeing] machinists voted to accept the contract.          | Boeing:ORGANIZATION",
        "Last week, [Google] employees protested the deal.                        | Google:ORGANIZATION",
        "On Monday, [Republican] lawmakers said the bill would fail.              | -",
        "On Monday, many [Google] users complained about the change.             | -",
        "Adel al-Jubeir, the Saudi foreign minister, spoke. [Al-Jubeir] said Iran was to blame. | Adel al-Jubeir:PERSON",
        "Donbas has been the focus of [Moscow]'s offensive since spring.          | Russia:COUNTRY",
        "The embassy is in the centre of [Moscow].                                | Moscow:PLACE",
        "On May 2, 1982 the cruiser [General Belgrano] was sunk.                  | -",
        "The aircraft carrier [HMS Hermes] led the task force.                    | -",
        "General [Abdel Fattah al-Burhan] said the army would hold.               | Abdel Fattah al-Burhan:PERSON",
    })
    void whoActsInANewsSentence(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "President Luiz Inacio Lula da Silva joined by video. [Lula] said the bloc should reform. | Luiz Inacio Lula da Silva:PERSON",
        "The [Securities and Exchange Commission] had been examining the purchases. | Securities and Exchange Commission:ORGANIZATION",
        "The [Food and Drug Administration] approved the drug on Friday.          | Food and Drug Administration:ORGANIZATION",
        "[Ford] and General Motors said sales fell in May.                        | Ford:ORGANIZATION",
        "Ford and [General Motors] said sales fell in May.                        | General Motors:ORGANIZATION",
    })
    void namesWithInnerWords(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "BA's parent company, [International Airlines Group SA], said bookings fell. | International Airlines Group:ORGANIZATION",
        "British Airways pilots will strike. A spokeswoman for [BA] said it was sad. | British Airways:ORGANIZATION",
        "[Ryanair Holdings Plc] Chief Executive Michael O'Leary told Reuters so.  | Ryanair Holdings:ORGANIZATION",
        "[Nestle SA] said on Monday it would cut prices.                          | Nestle:ORGANIZATION",
        "Moscow's envoy to the UN Security Council, [Vassily Nebenzia], said the vote was illegal. | Vassily Nebenzia:PERSON",
        "Iran, [Iraq], Syria and Jordan condemned the strike on Friday.           | Iraq:COUNTRY",
    })
    void companiesNamedInAppositionAndByInitials(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "[DeSantis] signed the bill. DeSantis's aides said it would pass.          | DeSantis:PERSON",
        "[Haley] said she would win. Haley's supporters cheered on Friday.        | Haley:PERSON",
        "[Haley] said it would rain. Haley's supporters cheered on Friday.        | Haley:PERSON",
        "[Nvidia] said revenue doubled. Nvidia's campaign for the chip worked.     | Nvidia:ORGANIZATION",
    })
    void aLoneSurnameWithAidesOrSupportersIsAPerson(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "[Donbas] has been the focus of the offensive since spring.              | Donbas:PLACE",
        "Russia launched new attacks in the [Donbas] on Thursday.                 | Donbas:PLACE",
        "[Europe] must respond to the tariffs, the minister said.                 | Europe:PLACE",
        "The [Middle East] remains tense after the strike.                        | Middle East:PLACE",
        "[Asia Pacific Group] said it would grow.                                 | Asia Pacific Group:ORGANIZATION",
    })
    void geographicRegionsArePlaces(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "[Saudi] Energy Minister Prince Abdulaziz bin Salman said the cut was a precaution. | Saudi Arabia:COUNTRY",
        "U.S. [National Security Council] spokesman John Kirby said Washington disagreed. | National Security Council:ORGANIZATION",
        "The [Security Council] voted on Friday.                                  | UN Security Council:ORGANIZATION",
        "Shares of [Exxon Mobil Corp.] and Chevron Corp. rose on Monday.          | Exxon Mobil:ORGANIZATION",
        "U.S. Attorney [Damian Williams] said the fraud was one of the biggest.   | Damian Williams:PERSON",
        "Attorney General [Merrick Garland] said the case was strong.             | Merrick Garland:PERSON",
        "Sam Bankman-Fried, the founder of FTX, was arrested. [Bankman-Fried] denied it. | Sam Bankman-Fried:PERSON",
    })
    void namesInsideLargerNamesAndCompoundSurnames(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Osama bin Laden, the leader of al-Qaeda, was killed. [Bin Laden] had been hiding. | Osama bin Laden:PERSON",
        "[Goldman Sachs] raised its Brent forecast to $95 on Monday.              | Goldman Sachs:ORGANIZATION",
        "[Xi Jinping] said he would visit in May.                                 | Xi Jinping:PERSON",
        "[Tim Cook] said its sales had grown.                                     | Tim Cook:PERSON",
    })
    void particlesAndPronounsTellPeople(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "[Presidents Vladimir Putin] and Xi Jinping signed a pact on Tuesday.     | Vladimir Putin:PERSON",
        "On Tuesday, Presidents [Vladimir Putin] and Xi Jinping signed a pact.    | Vladimir Putin:PERSON",
        "The deal was announced by YouTube co-founders Chad Hurley and [Steve Chen]. | Steve Chen:PERSON",
        "The deal was announced by [YouTube] co-founders Chad Hurley and Steve Chen. | YouTube:ORGANIZATION",
        "The deal was announced by YouTube co-founders [Chad Hurley] and Steve Chen. | Chad Hurley:PERSON",
        "The bill was backed by Sen. John Thune and [Apple] on Monday.            | -",
    })
    void pluralTitlesAndTheirLists(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Finance Minister Bruno Le Maire spoke. [Le Maire] told radio that Ghosn must go. | Bruno Le Maire:PERSON",
        "[Hurricane Katrina] slammed into the Gulf Coast on Monday.               | -",
        "[Typhoon Haiyan] killed thousands in the Philippines.                    | -",
        "Ford Motor Co. will cut jobs. Chief Executive Bill Ford Jr. said so. [Ford] shares rose. | Ford:ORGANIZATION",
    })
    void laterFormsOfNamesAndStorms(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Sony Corp. said it would cut jobs. [Sony Ericsson] said it would cut 2,000 more. | Sony Ericsson:ORGANIZATION",
        "[Sony Ericsson], the venture with Sweden's Ericsson, said it would cut jobs. | Sony Ericsson:ORGANIZATION",
        "Sony Corp. said it would cut jobs. [Howard Stringer] said it would survive. | Howard Stringer:PERSON",
    })
    void aPersonShapedNameOpenedByAKnownCompanyIsAnOrganisation(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "The [Nikkei] business daily reported that Sharp Corp. would cut output.  | Nikkei:OUTLET",
        "The [Walmart] retail chain said it would hire 50,000 workers.            | Walmart:ORGANIZATION",
        "The Nikkei daily reported it. The [Nikkei] 225 index fell 2 percent.     | -",
    })
    void aKindNounAfterANameThatActs(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Mr. Niccol will replace [Laxman Narasimhan], who led the company. Ms. Narasimhan left. | Laxman Narasimhan:PERSON",
        "Mr. Niccol will replace Laxman Narasimhan, who led the company. Ms. [Narasimhan] left. | Laxman Narasimhan:PERSON",
        "\"Brian has been a leader,\" said Chipotle's board chairman, [Scott Maw].   | Scott Maw:PERSON",
    })
    void aTitledSurnameFindsItsFullNameAndAnAppositionEndsASentence(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Prime Minister Theresa May spoke. Downing Street said that [May] had called Juncker. | Theresa May:PERSON",
        "Prime Minister Theresa May spoke. Sales rose in [May] after the vote.    | -",
        "Prime Minister Theresa May spoke. Prices rose [May] 5 after the vote.    | -",
        "The company said [May] sales were strong.                                | -",
    })
    void aMonthThatIsAPersonsSurname(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "The [People's Bank of China] (PBOC) cut a key lending rate on Monday.    | People's Bank of China:ORGANIZATION",
        "The People's Bank of China ([PBOC]) cut a key lending rate on Monday.    | People's Bank of China:ORGANIZATION",
        "North Korea's ruling [Workers' Party] met on Monday.                     | Workers' Party:ORGANIZATION",
        "[Apple Inc.]'s Tim Cook said sales grew.                                 | Apple:ORGANIZATION",
    })
    void aPluralsPossessiveInsideAName(String marked, String expected) {
        assertThat(actorOf(marked)).isEqualTo(expected);
    }
}
