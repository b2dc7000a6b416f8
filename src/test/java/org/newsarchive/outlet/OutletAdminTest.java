package org.newsarchive.outlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsarchive.support.AdminAccount;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ArchiveTest
class OutletAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theProfilesAreTheAdminsOnly() throws Exception {
        mvc.perform(get("/admin/outlets")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/admin/outlets/afp").param("kind", "NEWS_AGENCY").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/outlets").with(user(AdminAccount.USERNAME))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/outlets/sputnik\"")))
                .andExpect(content().string(containsString("Owned by Rossiya Segodnya")));
    }

    @Test
    void theAdminEntersAnOutletsKindCountryAndOwnershipWithTheirSource() throws Exception {
        Map<String, Object> before = profile("dpa");
        try {
            mvc.perform(post("/admin/outlets/dpa").with(user(AdminAccount.USERNAME)).with(csrf())
                            .param("kind", "NEWS_AGENCY").param("country", "de").param("stateOwned", "no")
                            .param("profileSource", "  Owned by German media companies: https://www.dpa.com/en/about-us  "))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/outlets"));

            assertThat(profile("dpa")).containsEntry("kind", "NEWS_AGENCY").containsEntry("country", "DE")
                    .containsEntry("state_owned", false)
                    .containsEntry("profile_source", "Owned by German media companies: https://www.dpa.com/en/about-us");
            mvc.perform(get("/outlets/dpa")).andExpect(content().string(containsString("(source: Owned by German media companies")));
        } finally {
            jdbc.update("update outlet set kind = ?, country = ?, state_owned = ?, profile_source = ? where slug = 'dpa'",
                    before.get("kind"), before.get("country"), before.get("state_owned"), before.get("profile_source"));
        }
    }

    @Test
    void factsThatCannotBeTakenAreNamedAndNothingIsSaved() throws Exception {
        Map<String, Object> before = profile("afp");

        mvc.perform(post("/admin/outlets/afp").with(user(AdminAccount.USERNAME)).with(csrf())
                        .param("kind", "TABLOID").param("country", "France").param("stateOwned", "yes").param("profileSource", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("&#39;TABLOID&#39; is not a kind of outlet.")))
                .andExpect(content().string(containsString("&#39;France&#39; is not a two-letter country code")))
                .andExpect(content().string(containsString("a source is needed when it is stated")))
                .andExpect(content().string(containsString("value=\"France\"")));
        mvc.perform(post("/admin/outlets/afp").with(user(AdminAccount.USERNAME)).with(csrf())
                        .param("kind", "NEWS_AGENCY").param("stateOwned", "maybe").param("profileSource", "x".repeat(501)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("State-owned must be yes, no or not known.")))
                .andExpect(content().string(containsString("longer than 500 characters")));
        mvc.perform(get("/admin/outlets/no-such-outlet").with(user(AdminAccount.USERNAME))).andExpect(status().isNotFound());

        assertThat(profile("afp")).isEqualTo(before);
    }

    private Map<String, Object> profile(String slug) {
        return jdbc.queryForMap("select kind, country, state_owned, profile_source from outlet where slug = ?", slug);
    }
}
