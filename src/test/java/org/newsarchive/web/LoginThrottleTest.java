package org.newsarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

class LoginThrottleTest {

    final MutableClock clock = new MutableClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveWrongPasswordsLockTheAccountUntilTheWindowPasses() {
        for (int i = 0; i < LoginThrottle.ATTEMPTS - 1; i++) {
            throttle.failed(failure("admin"));
        }
        assertThat(throttle.isLocked("admin")).isFalse();
        throttle.failed(failure("admin"));
        assertThat(throttle.isLocked("admin")).isTrue();
        assertThat(throttle.isLocked("someone-else")).isFalse();

        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        assertThat(throttle.isLocked("admin")).isFalse();
    }

    @Test
    void aSuccessfulLoginClearsTheCount() {
        for (int i = 0; i < LoginThrottle.ATTEMPTS - 1; i++) {
            throttle.failed(failure("admin"));
        }
        throttle.succeeded(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated("admin", null, null)));
        throttle.failed(failure("admin"));
        assertThat(throttle.isLocked("admin")).isFalse();
    }

    private static AuthenticationFailureBadCredentialsEvent failure(String username) {
        return new AuthenticationFailureBadCredentialsEvent(UsernamePasswordAuthenticationToken.unauthenticated(username, "guess"),
                new BadCredentialsException("wrong"));
    }

    static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-11-26T07:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
