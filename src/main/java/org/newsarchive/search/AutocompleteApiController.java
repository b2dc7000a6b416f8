package org.newsarchive.search;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AutocompleteApiController {

    private final Autocomplete autocomplete;

    AutocompleteApiController(Autocomplete autocomplete) {
        this.autocomplete = autocomplete;
    }

    @GetMapping("/api/suggest")
    Completions suggest(@Valid CompletionParameters parameters) {
        return autocomplete.complete(parameters.q());
    }
}
