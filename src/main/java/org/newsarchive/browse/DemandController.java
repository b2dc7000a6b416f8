package org.newsarchive.browse;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.newsarchive.web.PageLinks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class DemandController {

    static final int PAGE_SIZE = 20;

    private final DemandService demands;

    DemandController(DemandService demands) {
        this.demands = demands;
    }

    @GetMapping("/demands")
    String index(Model model) {
        model.addAttribute("demands", demands.list());
        return "demand/index";
    }

    @GetMapping("/demands/{slug}")
    String demand(@PathVariable String slug, @RequestParam(defaultValue = "1") @Min(1) @Max(10_000) int page,
            Model model) {
        DemandDetail demand = demands.detail(slug, page, PAGE_SIZE);
        model.addAttribute("demand", demand);
        model.addAttribute("pages", PageLinks.of(page, demand.coverage().totalPages(), demand.coverage().articleCount()));
        return "demand/show";
    }
}
