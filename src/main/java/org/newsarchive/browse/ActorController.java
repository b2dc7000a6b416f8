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
class ActorController {

    static final int PAGE_SIZE = 20;

    private final ActorService actors;

    ActorController(ActorService actors) {
        this.actors = actors;
    }

    @GetMapping("/actors")
    String index(Model model) {
        model.addAttribute("directory", actors.directory());
        return "actor/index";
    }

    @GetMapping("/actors/{slug}")
    String actor(@PathVariable String slug, @RequestParam(defaultValue = "1") @Min(1) @Max(10_000) int page,
            Model model) {
        ActorDetail actor = actors.detail(slug, page, PAGE_SIZE);
        model.addAttribute("actor", actor);
        model.addAttribute("pages", PageLinks.of(actor.articles(), page));
        return "actor/show";
    }
}
