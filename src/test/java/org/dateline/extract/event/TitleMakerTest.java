// SPDX-License-Identifier: Apache-2.0
package org.dateline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleMakerTest {
    private final TitleMaker titles = new TitleMaker();

    private String title(String clause, String date) {
        int at = date.isEmpty() ? -1 : clause.indexOf(date);
        List<Span> dates = at < 0 ? List.of() : List.of(new Span(at, at + date.length()));
        return titles.title(clause, new Span(0, clause.length()), dates);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Moscow recognised the Taliban administration in July | July | Moscow recognised the Taliban administration
            Yet, no government had recognized the Taliban until July 3 | July 3 | No government had recognized the Taliban
            Taliban spokesperson Zabihullah Mujahid said members of the cabinet made 99 foreign trips in 2025 | 2025 | Members of the cabinet made 99 foreign trips
            Afghanistan remained largely isolated in 2025, Khaama Press reported. | 2025 | Afghanistan remained largely isolated
            According to an April 2nd report, an internal memo showed Apple passed Wal-Mart | April 2nd | An internal memo showed Apple passed Wal-Mart
            This gradual normalization continued with Moscow revoking its terrorist designation in April 2025 | April 2025 | Moscow revoking its terrorist designation
            Relations with Pakistan, once one of its closest partners, deteriorated sharply during the year | during the year | Relations with Pakistan deteriorated sharply
            BRUSSELS, March 14, 2024 (Reuters) - The European Commission fined Meta Platforms | March 14, 2024 | The European Commission fined Meta Platforms
            The company reported revenue of $28.6 billion for the first quarter. | the first quarter | The company reported revenue of $28.6 billion
            At this year's Apple Worldwide Developers Conference Steve Jobs unveiled iPhone 4 | this year | Apple Worldwide Developers Conference Steve Jobs unveiled iPhone 4
            """)
    void titleComesFromTheClauseWords(String clause, String date, String expected) {
        assertThat(title(clause.strip(), date.strip())).isEqualTo(expected.strip());
    }

    @Test
    void longTitlesAreCutAtAPhraseBoundaryToAboutTenWords() {
        String t = title("US President Donald Trump halted American financial assistance to Afghanistan and renewed "
                + "calls for the return of US military equipment in 2025", "2025");
        assertThat(t).isEqualTo("US President Donald Trump halted American financial assistance to Afghanistan");
        assertThat(t.split(" ")).hasSizeLessThanOrEqualTo(TitleMaker.MAX_WORDS + TitleMaker.SLACK);
    }

    @Test
    void aCutTitleDoesNotEndOnAFunctionWord() {
        assertThat(title("The technology blog Gizmodo obtained a prototype of the new iPhone in April", "April"))
                .doesNotEndWith("the").doesNotEndWith("of");
    }

    @Test
    void titlesWithoutSubjectOrContentAreFlagged() {
        assertThat(titles.saysEnough("Which ended")).isFalse();
        assertThat(titles.saysEnough("Have been shipping for more than a week")).isFalse();
        assertThat(titles.saysEnough("Apple announced")).isFalse();
        assertThat(titles.saysEnough("Apple launched the iPhone")).isTrue();
    }

    @Test
    void aDatedSayingKeepsItsSayer() {
        String clause = "Russian President Vladimir Putin said in October that Afghanistan’s authorities were attempting "
                + "to stabilise the country";
        int at = clause.indexOf("October");
        assertThat(titles.title(clause, new Span(0, clause.length()), List.of(new Span(at, at + 7)), true))
                .isEqualTo("Vladimir Putin said Afghanistan’s authorities were attempting to stabilise the country");
        assertThat(titles.title(clause, new Span(0, clause.length()), List.of(new Span(at, at + 7)), false))
                .isEqualTo("Afghanistan’s authorities were attempting to stabilise the country");
    }

    @Test
    void aCompanySayerKeepsItsWholeName() {
        String clause = "General Motors Corp. announced on Monday that it will close 12 plants in North America";
        int at = clause.indexOf("on Monday");
        assertThat(titles.title(clause, new Span(0, clause.length()), List.of(new Span(at, at + 9)), true))
                .isEqualTo("General Motors Corp. announced it will close 12 plants in North America");
    }

    /**
     * News sentences of every beat, each with one date, and the title a journalist would accept: subject, verb
     * and object, no dangling participle or relative pronoun at its head. Run through the event builder, so
     * the clause it picks is part of what is tested.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Senate voted on Tuesday to confirm Jane Roe as attorney general. | Tuesday | The Senate voted to confirm Jane Roe as attorney general
            Parliament was dissolved in May 2019, triggering a snap election. | May 2019 | Parliament was dissolved
            Voters in Chile rejected the draft constitution in September 2022, dealing a blow to the government. | September 2022 | Voters in Chile rejected the draft constitution
            Three days after the vote, on 7 June 2023, the prime minister resigned. | 7 June 2023 | The prime minister resigned
            Following weeks of protests, the president lifted the curfew on 2 March 2021. | 2 March 2021 | The president lifted the curfew
            Russian forces withdrew from Kherson in November 2022 after months of fighting. | November 2022 | Russian forces withdrew from Kherson after months of fighting
            A ceasefire took effect at midnight on 19 January 2025, ending 15 months of war. | 19 January 2025 | A ceasefire took effect at midnight
            Rebels seized the airport on Sunday, the army said. | Sunday | Rebels seized the airport
            In 2018, the company acquired its largest rival for $4.2 billion. | 2018 | The company acquired its largest rival for $4.2 billion
            Shares of Acme Corp fell 12% on Friday after the company cut its annual forecast. | Friday | Shares of Acme Corp fell 12%
            The central bank raised interest rates by half a point in March, its first increase in four years. | March | The central bank raised interest rates by half a point
            Unemployment fell to 3.4% in January, the lowest level in five decades. | January | Unemployment fell to 3.4%
            A federal judge on Monday blocked the new asylum rule, siding with civil rights groups. | Monday | A federal judge blocked the new asylum rule
            The Supreme Court ruled in June 2022 that the law was unconstitutional. | June 2022 | The Supreme Court ruled that the law was unconstitutional
            He was sentenced to 12 years in prison in 2021 after a jury found him guilty of fraud. | 2021 | He was sentenced to 12 years in prison
            The appeal, which was heard in April 2023, was rejected by the court. | April 2023 | The appeal was heard
            Astronomers announced on Thursday the discovery of water vapour on a distant planet. | Thursday | Astronomers announced the discovery of water vapour on a distant planet
            The probe landed near the Moon's south pole on 23 August 2023, making India the fourth country to land there. | 23 August 2023 | The probe landed near the Moon's south pole
            Scientists first identified the variant in South Africa in November 2021. | November 2021 | Scientists first identified the variant in South Africa
            The agency said on Wednesday that the vaccine had been approved for children. | Wednesday | The agency said the vaccine had been approved for children
            The trial, which began in 2019, enrolled 40,000 volunteers. | 2019 | The trial began
            The mission ended with a sample return, which was completed in September 2023. | September 2023 | A sample return was completed
            08:40 GMT - More than 150,000 homes in Cornwall lost power overnight, the grid operator said. | 08:40 GMT | More than 150,000 homes in Cornwall lost power overnight
            Tesla, founded in 2003 by two engineers, released its first Roadster in 2008. | 2003 | Tesla founded by two engineers
            Tesla, founded in 2003 by two engineers, released its first Roadster in 2008. | 2008 | Tesla released its first Roadster
            The phone goes on sale on June 24 in the United States, Britain, France and Japan. | June 24 | The phone goes on sale in the United States
            The judge blocked the law on Friday, siding with a coalition of clinics that sued in April. | April | A coalition of clinics sued
            Talks with Beta Corp, which began in May 2024, have stalled. | May 2024 | Talks with Beta Corp began
            Jobs said the release to OS X, which is scheduled for next summer, adds multitouch. | next summer | The release to OS X is scheduled
            The company bought Infogear Technology, which took place in 1996. | 1996 | The company bought Infogear Technology
            Tesla reported a 55% drop in first-quarter profit on Tuesday, analysts said. | Tuesday | Tesla reported a 55% drop in first-quarter profit
            Burhan has led the country since the 2021 coup. | 2021 | Burhan has led the country
            The World Health Organization said on Thursday that mpox is no longer an emergency. | Thursday | The World Health Organization said mpox is no longer an emergency
            The ministers will meet again in mid-November to discuss further steps. | mid-November | The ministers will meet again to discuss further steps
            In 2023 sales rose by a third. | 2023 | Sales rose by a third
            Chief Executive Elon Musk told analysts the company would launch cheaper models, possibly by early 2025. | early 2025 | The company would launch cheaper models
            The two generals seized power together in an October 2021 coup. | October 2021 | The two generals seized power together in an October 2021 coup
            The generals seized power, two years after the overthrow of Omar al-Bashir in April 2019. | April 2019 | The overthrow of Omar al-Bashir
            Rep. Matt Gaetz, R-Fla., said on Sunday he would try to remove the speaker. | Sunday | Matt Gaetz said he would try to remove the speaker
            Société Générale, France's second-largest bank, said on Thursday it had lost 4.9 billion euros. | Thursday | Société Générale said it had lost 4.9 billion euros
            Commission President Ursula von der Leyen said on Friday the plan was ready. | Friday | Ursula von der Leyen said the plan was ready
            The last government shutdown lasted 35 days, from December 2018, and was the longest. | December 2018 | The last government shutdown lasted 35 days
            Fighting between the army, led by General Abdel Fattah al-Burhan, and the RSF, led by Mohamed Hamdan Dagalo, erupted on April 15. | April 15 | Fighting between the army and the RSF erupted
            Streiff, who took over in July, will step down. | July | Streiff took over
            The guards gave way shortly before midnight. | midnight | The guards gave way
            The talks began late last year, according to people familiar with the matter. | late last year | The talks began
            Storm Ciaran made landfall in Cornwall on Tuesday with gusts of up to 100 mph across the region. | Tuesday | Storm Ciaran made landfall in Cornwall with gusts
            In June 1987, US President Ronald Reagan stood at the Brandenburg Gate and called on Mikhail Gorbachev to tear down the wall. | June 1987 | US President Ronald Reagan stood at the Brandenburg Gate
            Chief executive Tim Cook, who succeeded Jobs in August 2011, said the company had grown. | August 2011 | Tim Cook succeeded Jobs
            Apple hired former Burberry boss Angela Ahrendts, who joined in May 2014, to run its stores. | May 2014 | Angela Ahrendts joined
            Lai, 64, will take office on May 20. | May 20 | Lai will take office
            He defeated Hou Yu-ih of the Kuomintang, who conceded on Saturday night. | Saturday night | Hou Yu-ih of the Kuomintang conceded
            The minister met the head of the agency, who resigned on Friday. | Friday | The head of the agency resigned
            Rather than recall the devices, Jobs said on Friday that Apple will offer a free case. | Friday | Jobs said Apple will offer a free case
            At this year's Apple Worldwide Developers Conference (WWDC), Steve Jobs unveiled iPhone 4. | this year | Steve Jobs unveiled iPhone 4
            In 1998 Apple introduced the iMac, in 2001 the iPod and later the Mac OS X operating system. | 1998 | Apple introduced the iMac
            Nadal beat Federer in the 2008 Wimbledon final. | 2008 | Nadal beat Federer in the 2008 Wimbledon final
            Apple reported revenue of $119.6 billion for its fiscal first quarter, up 2 percent. | first quarter | Apple reported revenue of $119.6 billion, up 2 percent
            The court dismissed the appeal, which the judges heard in April after a long delay. | April | The judges heard the appeal after a long delay
            They said it was Jobs, not Papermaster, who made the decision in 2009 to proceed. | 2009 | It was Jobs, not Papermaster, who made the decision to proceed
            The company reported record revenue of $53.3 billion for its fiscal third quarter. | third quarter | The company reported record revenue of $53.3 billion
            """)
    void newsSentencesGetAJournalistsTitle(String sentence, String date, String expected) {
        org.dateline.model.Article a = Fixtures.article("a.txt", sentence.strip(), null);
        List<org.dateline.model.Event> events = new EventBuilder().build(a,
                List.of(Fixtures.date(a, date.strip(), "2024-03-12")), List.of());
        assertThat(events).extracting(org.dateline.model.Event::title).containsExactly(expected.strip());
    }
}
