package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutletSignalsTest {

    @Test
    void readsTheOutletFromItsCopyrightLineSourceLabelBylineAndWireDateline() {
        assertThat(OutletSignals.in("The strike is over.\nCopyright © 2022 The Island Courier, LLC\n", null))
                .extracting(OutletSignals.Signal::name).containsExactly("The Island Courier");
        assertThat(OutletSignals.in("3/2, 10:00 AM (Source: FerryWire)\nThe strike is over.", null))
                .extracting(OutletSignals.Signal::name).containsExactly("FerryWire");
        assertThat(OutletSignals.in("By Island Courier with AFP, AP\nThe strike is over.", null))
                .extracting(OutletSignals.Signal::name).containsExactly("Island Courier");
        assertThat(OutletSignals.in("OSLO (Reuters) – The strike is over.", null))
                .extracting(OutletSignals.Signal::name).containsExactly("Reuters");
        assertThat(OutletSignals.in("Ferry strike ends – Island Courier\nFerry strike ends\nThe strike is over.", null))
                .extracting(OutletSignals.Signal::name).containsExactly("Island Courier");
    }

    @Test
    void findsNothingWhereThePageNamesNoOutlet() {
        assertThat(OutletSignals.in("The strike is over, the union said on Friday.", null)).isEmpty();
    }

    @Test
    void aNameSpellsTheSiteWhoseLettersItHas() {
        assertThat(OutletNames.spellsHost("The Island Courier", "islandcourier.no")).isTrue();
        assertThat(OutletNames.spellsHost("Metro US", "metro.us")).isTrue();
        assertThat(OutletNames.spellsHost("News Front", "en.news-front.info")).isTrue();
        assertThat(OutletNames.spellsHost("Reuters", "islandcourier.no")).isFalse();
        assertThat(OutletNames.foundIn("Want to partner with the Island Courier? Write to us.", "islandcourier.no"))
                .contains("Island Courier");
    }

    @Test
    void theHostDropsWwwMobilePrefixesAndATrailingDot() {
        assertThat(OutletResolver.host("https://www.islandcourier.no/a")).contains("islandcourier.no");
        assertThat(OutletResolver.host("https://m.islandcourier.no/a")).contains("islandcourier.no");
        assertThat(OutletResolver.host("https://islandcourier.no./a")).contains("islandcourier.no");
        assertThat(OutletResolver.host("https://en.islandcourier.no/a")).contains("en.islandcourier.no");
    }
}
