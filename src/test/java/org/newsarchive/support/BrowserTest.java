package org.newsarchive.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The accessibility check of the browser tests finds what it should, so that its silence means something. */
@Slow
class BrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void axeReportsAnImageWithoutTextAndAnUnlabelledField() {
        browser.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode("""
                <!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><h1>t</h1>
                <img src="x.png"><input type="text"></main></body></html>""", StandardCharsets.UTF_8).replace("+", "%20"));

        assertThatThrownBy(() -> browser.assertAccessible("a page with faults"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("image-alt").hasMessageContaining("label");
    }

    @Test
    void axeAcceptsAPageWithoutFaults() {
        browser.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode("""
                <!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><h1>t</h1>
                <label>Name <input type="text"></label></main></body></html>""", StandardCharsets.UTF_8).replace("+", "%20"));

        browser.assertAccessible("a page without faults");
        assertThat(browser.driver().getTitle()).isEqualTo("t");
    }
}
