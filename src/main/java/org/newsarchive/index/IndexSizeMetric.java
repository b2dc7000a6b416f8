package org.newsarchive.index;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** The search index's size as {@code archive.index.size}, read from the backend whenever metrics are taken. */
@Component
class IndexSizeMetric implements MeterBinder {

    private final IndexSize size;

    IndexSizeMetric(IndexSize size) {
        this.size = size;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("archive.index.size", size, IndexSize::bytes).baseUnit("bytes")
                .description("Bytes the search index takes on disk").register(registry);
    }
}
