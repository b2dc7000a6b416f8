package org.newsarchive.ingest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review list of detected actors, with a form for each action, so that it works without JavaScript. */
@Controller
class ActorReviewController {

    private final ActorReview review;

    ActorReviewController(ActorReview review) {
        this.review = review;
    }

    @GetMapping("/admin/actors")
    String list(Model model) {
        model.addAttribute("detected", review.detected());
        model.addAttribute("targets", review.mergeTargets());
        return "admin/actors";
    }

    @PostMapping("/admin/actors/{slug}/accept")
    String accept(@PathVariable String slug, RedirectAttributes redirect) {
        review.accept(slug);
        return done(redirect, "accepted", slug);
    }

    @PostMapping("/admin/actors/{slug}/merge")
    String merge(@PathVariable String slug, @RequestParam("into") String into, RedirectAttributes redirect) {
        if (!review.merge(slug, into)) {
            redirect.addFlashAttribute("unknownTarget", into);
            return "redirect:/admin/actors";
        }
        return done(redirect, "merged", slug);
    }

    @PostMapping("/admin/actors/{slug}/reject")
    String reject(@PathVariable String slug, RedirectAttributes redirect) {
        review.reject(slug);
        return done(redirect, "rejected", slug);
    }

    private static String done(RedirectAttributes redirect, String action, String slug) {
        redirect.addFlashAttribute("done", action);
        redirect.addFlashAttribute("doneSlug", slug);
        return "redirect:/admin/actors";
    }
}
