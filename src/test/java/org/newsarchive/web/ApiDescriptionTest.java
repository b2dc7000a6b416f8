package org.newsarchive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.newsarchive.support.ArchiveTest;
import org.newsarchive.support.OpenApiContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API's OpenAPI description as the application serves it is the one checked in, so that every change to
 * the API is a diff someone reviews. After a deliberate change, rewrite it with
 * {@code ./mvnw test -Dtest=ApiDescriptionTest -Dopenapi.rewrite=true} and commit the difference.
 */
@ArchiveTest
class ApiDescriptionTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theServedDescriptionIsTheCheckedInOne() throws Exception {
        String served = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8) + "\n";
        if (Boolean.getBoolean("openapi.rewrite")) {
            Files.writeString(OpenApiContract.CHECKED_IN, served);
        }
        assertThat(served).as("""
                The API's description differs from %s. If the change is meant, rewrite the file with
                  ./mvnw test -Dtest=ApiDescriptionTest -Dopenapi.rewrite=true
                and commit it with the change.""", OpenApiContract.CHECKED_IN).isEqualTo(Files.readString(OpenApiContract.CHECKED_IN));
    }
}
