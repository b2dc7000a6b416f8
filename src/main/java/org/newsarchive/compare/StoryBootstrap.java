package org.newsarchive.compare;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Places the articles that are in no story yet (such as the seeds) at startup, once the index is ready. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class StoryBootstrap implements ApplicationRunner {

    private final StoryGrouping grouping;

    StoryBootstrap(StoryGrouping grouping) {
        this.grouping = grouping;
    }

    @Override
    public void run(ApplicationArguments args) {
        grouping.groupNew();
    }
}
