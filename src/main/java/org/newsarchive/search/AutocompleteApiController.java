package org.newsarchive.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.newsarchive.web.ApiComponents;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Suggestions", description = "What to go to while typing a search.")
class AutocompleteApiController {

    private final Autocomplete autocomplete;

    AutocompleteApiController(Autocomplete autocomplete) {
        this.autocomplete = autocomplete;
    }

    @GetMapping("/api/suggest")
    @Operation(operationId = "suggest", summary = "Titles, actors and outlets whose words begin with the words typed")
    @ApiResponse(responseCode = "200", description = "Up to a few of each, with the address of their page.")
    @ApiResponse(responseCode = "400", ref = ApiComponents.BAD_REQUEST)
    Completions suggest(@ParameterObject @Valid CompletionParameters parameters) {
        return autocomplete.complete(parameters.q());
    }
}
