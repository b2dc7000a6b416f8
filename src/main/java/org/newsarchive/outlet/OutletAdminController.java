package org.newsarchive.outlet;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where the admin enters each outlet's profile facts (kind, country, state ownership) and their source. */
@Controller
class OutletAdminController {

    private final OutletRepository outlets;

    OutletAdminController(OutletRepository outlets) {
        this.outlets = outlets;
    }

    @GetMapping("/admin/outlets")
    String list(Model model) {
        model.addAttribute("outlets", outlets.findAllWithAliases().stream().map(OutletProfile::of)
                .sorted(Comparator.comparing(OutletProfile::name, String.CASE_INSENSITIVE_ORDER)).toList());
        return "admin/outlets";
    }

    @GetMapping("/admin/outlets/{slug}")
    String edit(@PathVariable String slug, Model model) {
        Outlet outlet = find(slug);
        return form(model, outlet, OutletProfileForm.of(outlet), List.of());
    }

    /** Invalid facts are the form again, saying what is wrong, as a 400; nothing is saved. */
    @PostMapping("/admin/outlets/{slug}")
    String save(@PathVariable String slug, OutletProfileForm profile, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Outlet outlet = find(slug);
        List<String> problems = profile.problems();
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, outlet, profile, problems);
        }
        profile.applyTo(outlet);
        outlets.save(outlet);
        redirect.addFlashAttribute("saved", outlet.getName());
        return "redirect:/admin/outlets";
    }

    private Outlet find(String slug) {
        return outlets.findBySlug(slug).orElseThrow(() -> new OutletNotFoundException(slug));
    }

    private static String form(Model model, Outlet outlet, OutletProfileForm profile, List<String> problems) {
        model.addAttribute("outlet", OutletProfile.of(outlet));
        model.addAttribute("profile", profile);
        model.addAttribute("kinds", OutletKind.values());
        model.addAttribute("problems", problems);
        return "admin/outlet";
    }
}
