package org.newsarchive.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FreshTestDatabaseTest {

    @Test
    void pointsAJdbcUrlAtAnotherDatabaseKeepingItsParameters() {
        assertThat(FreshTestDatabase.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres?ssl=false", "fresh"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/fresh?ssl=false");
        assertThat(FreshTestDatabase.withDatabase("jdbc:postgresql://db/archive", "fresh"))
                .isEqualTo("jdbc:postgresql://db/fresh");
    }
}
