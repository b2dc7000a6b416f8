package org.newsarchive.web;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Reading the archive is public. Adding coverage, rebuilding the index and reading metrics need the
 * admin account: the admin pages by form login with CSRF tokens, the write API by HTTP Basic (no
 * session, so no CSRF); repeated wrong passwords lock the account for a while ({@link LoginThrottle}).
 * Every page is sent with a Content-Security-Policy that lets no inline script run.
 * Commands run without a web server, and so without any of this.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** Scripts, styles and everything else from the archive itself only: no inline script can run. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        var actuator = PathPatternRequestMatcher.withDefaults().matcher("/actuator/**");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin", "/admin/**").authenticated()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().permitAll())
                .httpBasic(Customizer.withDefaults())
                .formLogin(form -> form.loginPage("/login").permitAll().defaultSuccessUrl("/admin"))
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(api))
                .headers(headers -> headers
                        .contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frames -> frames.deny())
                        .withObjectPostProcessor(headersWrittenFirst()))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(apiChallenge(), new OrRequestMatcher(api, actuator))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE));
        return http.build();
    }

    /**
     * The security headers written before the request is handled, rather than when the response is committed:
     * waiting for the commit wraps the request and the response, and the response wrapper then counts every
     * small write of a page. No handler here sets a header that these would have to give way to.
     */
    private static ObjectPostProcessor<HeaderWriterFilter> headersWrittenFirst() {
        return new ObjectPostProcessor<>() {
            @Override
            public <F extends HeaderWriterFilter> F postProcess(F filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        };
    }

    @Bean
    GeneratedPasswordNotice generatedPasswordNotice() {
        return new GeneratedPasswordNotice();
    }

    /**
     * Spring Security's firewall, but letting encoded full stops through: addresses such as
     * {@code /demands/%2e%2e} are then the archive's own 404 pages, as they were before, not bare 400s.
     */
    @Bean
    HttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedPeriod(true);
        return firewall;
    }

    /** A 401 problem detail that asks for HTTP Basic, rather than a redirect to the login page. */
    private static AuthenticationEntryPoint apiChallenge() {
        return (request, response, exception) -> {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Basic realm=\"News Archive\"");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("""
                    {"type":"about:blank","title":"Unauthorized","status":401,\
                    "detail":"Adding to the archive needs the admin account, sent by HTTP Basic."}""");
        };
    }

    /**
     * The admin account. Without a configured password there is no default one: a random password is
     * made for this run and shown once the archive has started, so a forgotten setting never leaves a
     * known password open.
     */
    @Bean
    UserDetailsService adminAccount(AdminAccountProperties account, LoginThrottle throttle,
            GeneratedPasswordNotice notice) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String password = account.password();
        String encoded;
        if (password == null || password.isBlank()) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            notice.show(account.username(), generated);
            encoded = encoder.encode(generated);
        } else if (password.startsWith("{")) {
            encoded = password;
        } else {
            encoded = encoder.encode(password);
        }
        UserDetailsService accounts = new InMemoryUserDetailsManager(
                User.withUsername(account.username()).password(encoded).roles("ADMIN").build());
        return username -> {
            UserDetails user = accounts.loadUserByUsername(username);
            return throttle.isLocked(username) ? User.withUserDetails(user).accountLocked(true).build() : user;
        };
    }
}
