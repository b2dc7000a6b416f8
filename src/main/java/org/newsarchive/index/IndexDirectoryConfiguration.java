package org.newsarchive.index;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Has the index directory checked before the entity manager factory, and Hibernate Search with it, starts. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.jpa.properties.hibernate.search.backend.type", havingValue = "lucene")
class IndexDirectoryConfiguration {

    static final String GUARD = "indexDirectoryGuard";

    @Bean(name = GUARD, initMethod = "check")
    IndexDirectoryGuard indexDirectoryGuard(
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.root}") Path root) {
        return new IndexDirectoryGuard(root);
    }

    @Bean
    static EntityManagerFactoryDependsOnPostProcessor indexDirectoryCheckedFirst() {
        return new EntityManagerFactoryDependsOnPostProcessor(GUARD);
    }
}
