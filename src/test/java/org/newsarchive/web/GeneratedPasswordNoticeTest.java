package org.newsarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class GeneratedPasswordNoticeTest {

    final GeneratedPasswordNotice notice = new GeneratedPasswordNotice();

    @Test
    void theGeneratedPasswordStandsInAFrameOfItsOwn() {
        notice.show("admin", "6-vTSKqqnBZp5KtWdHyz236V");

        List<String> lines = notice.text(true).strip().lines().toList();

        assertThat(lines.get(0)).matches("\\+-+\\+");
        assertThat(lines.get(lines.size() - 1)).isEqualTo(lines.get(0));
        assertThat(lines).allSatisfy(line -> assertThat(line).hasSameSizeAs(lines.get(0)));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("user       admin"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("password   6-vTSKqqnBZp5KtWdHyz236V"));
        assertThat(notice.text(true)).doesNotContain("ADMIN_PASSWORD");
    }

    @Test
    void withoutATerminalItAlsoSaysWhereToSetALastingPassword() {
        notice.show("admin", "6-vTSKqqnBZp5KtWdHyz236V");

        assertThat(notice.text(false)).contains("6-vTSKqqnBZp5KtWdHyz236V", "set ADMIN_PASSWORD");
    }
}
