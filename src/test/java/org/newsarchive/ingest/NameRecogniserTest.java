package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.actor.NameKey;
import org.newsarchive.text.TextSpan;

class NameRecogniserTest {

    static final NameRecogniser RECOGNISER = new NameRecogniser();

    @Test
    void findsPeopleByTheTitleBeforeTheirName() {
        String text = "Deputy Secretary of State Wendy Sherman met Russian Deputy Foreign Minister Sergei Ryabkov in Geneva. "
                + "White House press secretary Jen Psaki spoke later.";
        assertThat(found(text)).containsExactly("PERSON Wendy Sherman", "PERSON Sergei Ryabkov", "PERSON Jen Psaki");
        assertThat(RECOGNISER.find(text, List.of()).get(0).evidence()).isEqualTo("title «Deputy Secretary»");
    }

    @Test
    void findsPeopleByARoleInAppositionOrBySpeech() {
        assertThat(found("Talks went on, and Sergey Ryabkov, the Russian deputy foreign minister, left early."))
                .containsExactly("PERSON Sergey Ryabkov");
        assertThat(found("Putin met Víktor Orbán, Prime Minister of Hungary, on Tuesday.")).containsExactly("PERSON Víktor Orbán");
        assertThat(found("“There cannot be any deviation from our approaches”, – Sergey Ryabikov said."))
                .containsExactly("PERSON Sergey Ryabikov");
    }

    @Test
    void tagsTheSurnameAloneAfterTheFullNameAsTheSamePerson() {
        String text = "Deputy Secretary of State Wendy R. Sherman led the delegation. Sherman said the talks were frank.";
        List<NameRecogniser.FoundName> names = RECOGNISER.find(text, List.of());
        assertThat(names).extracting(name -> name.span().in(text)).containsExactly("Wendy R. Sherman", "Sherman");
        assertThat(names).extracting(NameRecogniser.FoundName::key).containsOnly(NameKey.of("Wendy Sherman"));
    }

    @Test
    void findsOrganisationsByTheirHeadWordButNotTitlesOfNoOneInParticular() {
        assertThat(found("The Ukrainian Foreign Ministry said the Ministry of Foreign Affairs of Hungary agreed."))
                .containsExactly("ORGANISATION Ukrainian Foreign Ministry", "ORGANISATION Ministry of Foreign Affairs of Hungary");
        assertThat(found("The Foreign Ministry said the Defense Department agreed.")).isEmpty();
    }

    @Test
    void findsMediaByTheirWordsOrAsNamedSources() {
        assertThat(found("He told Sky News that the Ukrainian News Agency was wrong, according to BBN."))
                .containsExactly("MEDIUM Sky News", "MEDIUM Ukrainian News Agency", "MEDIUM BBN");
        assertThat(found("The NRC met again.")).isEmpty();
    }

    @Test
    void findsNothingInSentenceOpeningsPlacesAndDates() {
        assertThat(found("Meanwhile, Geneva hosted the talks. New talks began in Eastern Europe on Monday, January 10. "
                + "The Black Sea Fleet sailed.")).isEmpty();
    }

    @Test
    void neverFindsANameInsideAKnownMention() {
        String text = "Russian Deputy Foreign Minister Sergei Ryabkov said so.";
        int start = text.indexOf("Sergei");
        assertThat(RECOGNISER.find(text, List.of(new TextSpan(start, start + "Sergei Ryabkov".length())))).isEmpty();
    }

    private static List<String> found(String text) {
        return RECOGNISER.find(text, List.of()).stream().map(name -> name.kind() + " " + name.name()).toList();
    }
}
