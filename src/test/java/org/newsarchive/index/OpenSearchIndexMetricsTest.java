package org.newsarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.EnabledIf;

@ArchiveTest
@EnabledIf(expression = "#{environment.matchesProfiles('opensearch')}", loadContext = true)
class OpenSearchIndexMetricsTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void indexSizeIsWhatTheClusterStoresForTheArchive() {
        assertThat(meters.get("archive.index.size").gauge().value()).isGreaterThan(0);
    }
}
