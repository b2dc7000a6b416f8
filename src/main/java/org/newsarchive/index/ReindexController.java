package org.newsarchive.index;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page: rebuild the index from the database and watch it go (the page refreshes itself while it runs). */
@Controller
class ReindexController {

    static final int REFRESH_SECONDS = 2;

    private final Reindexer reindexer;

    ReindexController(Reindexer reindexer) {
        this.reindexer = reindexer;
    }

    @GetMapping("/admin")
    String admin(Model model, HttpServletResponse response) {
        ReindexProgress progress = reindexer.progress();
        if (progress.state() == ReindexProgress.State.RUNNING) {
            response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS));
        }
        model.addAttribute("progress", progress);
        return "admin/index";
    }

    @PostMapping("/admin/reindex")
    String reindex(RedirectAttributes redirect) {
        if (!reindexer.start()) {
            redirect.addFlashAttribute("alreadyRunning", true);
        }
        return "redirect:/admin";
    }
}
