package org.newsarchive.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.newsarchive.web.CurrentAddress;
import org.newsarchive.web.PageLinks;
import org.newsarchive.web.ParameterProblems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SearchController {

    static final int PAGE_SIZE = 20;
    static final int PARTIAL_MATCHES = 5;

    private final SearchService search;
    private final SpellingSuggestions spelling;

    private final MessageSource messages;

    SearchController(SearchService search, SpellingSuggestions spelling, MessageSource messages) {
        this.search = search;
        this.spelling = spelling;
        this.messages = messages;
    }

    /**
     * Malformed parameters are answered with the search page and what is wrong with them, as a bad request.
     * Fields a reader left empty (a form sends its empty date fields) are taken out of the address first.
     */
    @GetMapping("/search")
    String search(@Valid SearchParameters parameters, BindingResult binding, Model model, HttpServletRequest servletRequest,
            HttpServletResponse response, Locale locale) {
        if (hasBlankParameter(servletRequest)) {
            return "redirect:" + withoutBlankParameters();
        }
        model.addAttribute("ownSearchBox", true);
        model.addAttribute("defaultSize", PAGE_SIZE);
        model.addAttribute("facets", Facet.values());
        model.addAttribute("sorts", SearchSort.values());
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", ParameterProblems.of(binding));
            model.addAttribute("links", SearchLinks.of(SearchRequest.of(parameters.getQ(), 1, PAGE_SIZE)));
            return "search/results";
        }
        SearchRequest request = parameters.toRequest(PAGE_SIZE);
        SearchResult result = search.search(request);
        model.addAttribute("request", request);
        model.addAttribute("result", result);
        SearchLinks links = SearchLinks.ofPage(request);
        model.addAttribute("links", links);
        model.addAttribute("feed", links.export("atom"));
        model.addAttribute("histogram", DateHistogram.of(result.facets(), links, messages, locale));
        int lastPage = Math.max(1, (int) Math.min(SearchParameters.MAX_PAGE,
                (result.total() + request.size() - 1) / request.size()));
        // Where nothing matches, there is no page to lead back to.
        model.addAttribute("pages", new PageLinks(request.page(), lastPage, result.total(),
                request.page() > 1 && result.total() > 0 ? links.page(Math.min(request.page() - 1, lastPage)) : null,
                request.page() < lastPage ? links.page(request.page() + 1) : null));
        model.addAttribute("activeFilters", request.filters().values().stream().mapToInt(Set::size).sum()
                + (request.from() != null || request.to() != null ? 1 : 0));
        if (result.total() == 0 && request.isFiltered()) {
            model.addAttribute("unfilteredTotal", search.count(request.withoutFilters()));
        }
        if (result.total() == 0 && request.hasQuery()) {
            model.addAttribute("partialMatches", search.partialMatches(request, PARTIAL_MATCHES));
        }
        model.addAttribute("suggestions", spelling.of(request, result));
        return "search/results";
    }

    private static boolean hasBlankParameter(HttpServletRequest request) {
        return request.getParameterMap().values().stream().flatMap(Arrays::stream).anyMatch(String::isBlank);
    }

    private static String withoutBlankParameters() {
        return CurrentAddress.with(parameters -> parameters.replaceAll((name, values) -> values.stream()
                .filter(value -> !value.isBlank()).toList()));
    }
}
