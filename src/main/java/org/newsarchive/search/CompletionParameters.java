package org.newsarchive.search;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What has been typed into a search box so far. */
record CompletionParameters(
        @NotBlank(message = "Type at least one character to complete.")
        @Size(max = MAX_LENGTH, message = "At most {max} characters can be completed.") String q) {

    static final int MAX_LENGTH = 100;
}
