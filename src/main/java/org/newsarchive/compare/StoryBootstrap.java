package org.newsarchive.compare;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Places the articles that are in no story yet (such as the seeds, or rows loaded in bulk) once the
 * index is ready. It takes a more-like-this query an article, so by default it runs in the
 * background and the archive serves meanwhile; tests have it finish before they start.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class StoryBootstrap implements ApplicationRunner {

    private final StoryGrouping grouping;
    private final TaskExecutor executor;
    private final boolean inBackground;

    StoryBootstrap(StoryGrouping grouping, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            @Value("${news-archive.stories.group-in-background:true}") boolean inBackground) {
        this.grouping = grouping;
        this.executor = executor;
        this.inBackground = inBackground;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (inBackground) {
            executor.execute(grouping::groupNew);
        } else {
            grouping.groupNew();
        }
    }
}
