package org.newsarchive.index;

import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;

/**
 * The MassIndexer that rebuilds every index, at start and on demand, set as the benchmark found fastest
 * (bench/HISTORY.md): one loading thread per core rather than Hibernate Search's six, which on two cores
 * only contend with PostgreSQL and the index writer, and batches of 100 articles, whose mentions,
 * captions and outlets then come in one query each ({@code hibernate.default_batch_fetch_size}).
 * The rebuilt index is then merged into one segment: Hibernate Search's facet counts and more-like-this
 * queries do work for every segment, and at 100k articles the search page took 14–42% less time on
 * one segment than on the ten or more a rebuild leaves, for 11 s of merging (bench/HISTORY.md, round 4).
 */
final class IndexRebuild {

    private static final int BATCH_SIZE = 100;
    private static final int ID_FETCH_SIZE = 1000;

    private IndexRebuild() {
    }

    static MassIndexer of(SearchMapping mapping) {
        return mapping.scope(Object.class).massIndexer()
                .purgeAllOnStart(true)
                .threadsToLoadObjects(Runtime.getRuntime().availableProcessors())
                .batchSizeToLoadObjects(BATCH_SIZE)
                .idFetchSize(ID_FETCH_SIZE)
                .mergeSegmentsOnFinish(true);
    }
}
