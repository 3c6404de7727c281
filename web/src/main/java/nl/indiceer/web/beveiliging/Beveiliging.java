package nl.indiceer.web.beveiliging;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains. The API ({@code /api/**}): stateless, bearer tokens only, no CSRF (no cookies are
 * involved), and 401/403 as problem+json, never a redirect to a login page; only {@code POST /api/tokens}
 * is open. Everything else is a page, behind a login form with a session (see {@link #paginas}).
 * Both send the same secure headers.
 */
@Configuration(proxyBeanMethods = false)
public class Beveiliging {

    /** No inline script or style, nothing from elsewhere, never inside a frame. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** bcrypt with cost 12 (about a quarter second per check here); the tests lower it to keep the suite quick. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${indiceer.wachtwoord.bcrypt-kosten:12}") int kosten) {
        return new BCryptPasswordEncoder(kosten);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Tokens tokens, Problemen problemen) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .addFilterBefore(new BearerTokenFilter(tokens, problemen), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/tokens").permitAll()
                        .requestMatchers("/api/gebruikers", "/api/gebruikers/**").hasRole(Rol.BEHEERDER.name())
                        // decisions: consulent and backoffice decide, auditor and beleid read (issue 8)
                        .requestMatchers(HttpMethod.GET, "/api/beschikkingen/**", "/api/clienten/*/beschikkingen")
                        .hasAnyRole(Rol.CONSULENT.name(), Rol.BACKOFFICE.name(), Rol.AUDITOR.name(), Rol.BELEID.name())
                        .requestMatchers("/api/beschikkingen", "/api/beschikkingen/**").hasAnyRole(Rol.CONSULENT.name(), Rol.BACKOFFICE.name())
                        .requestMatchers("/api/clienten", "/api/clienten/**").hasAnyRole(Rol.CONSULENT.name(), Rol.BACKOFFICE.name())
                        .requestMatchers("/api/aanvragen", "/api/aanvragen/**").hasAnyRole(Rol.CONSULENT.name(), Rol.BACKOFFICE.name())
                        .requestMatchers(HttpMethod.GET, "/api/termijnen").hasAnyRole(Rol.CONSULENT.name(), Rol.BACKOFFICE.name())
                        .requestMatchers(HttpMethod.POST, "/api/termijnen/no-show", "/api/termijnen/no-show/*/besloten")
                        .hasAnyRole(Rol.CONSULENT.name(), Rol.BACKOFFICE.name())
                        .requestMatchers("/api/berichten", "/api/berichten/**").hasAnyRole(Rol.CONSULENT.name(), Rol.BACKOFFICE.name())
                        // declarations: the back office checks and answers them, the auditor reads (issue 11)
                        .requestMatchers(HttpMethod.GET, "/api/declaraties", "/api/declaraties/**")
                        .hasAnyRole(Rol.BACKOFFICE.name(), Rol.AUDITOR.name())
                        .requestMatchers("/api/declaraties", "/api/declaraties/**").hasRole(Rol.BACKOFFICE.name())
                        .requestMatchers("/api/sturing/**").hasAnyRole(Rol.BELEID.name(), Rol.AUDITOR.name())
                        .requestMatchers("/api/audit", "/api/audit/**").hasRole(Rol.AUDITOR.name())
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problemen.schrijf(res, HttpServletResponse.SC_UNAUTHORIZED,
                                "NIET_AANGEMELD", "Niet aangemeld",
                                "meld aan met 'Authorization: Bearer <token>'; een token krijgt u met POST /api/tokens"))
                        .accessDeniedHandler((req, res, ex) -> problemen.schrijf(res, HttpServletResponse.SC_FORBIDDEN,
                                "GEEN_TOEGANG", "Geen toegang", "u heeft geen recht op deze handeling")));
        kopregels(http);
        return http.build();
    }

    /**
     * The pages: a login form ({@code /aanmelden}, throttled with the API by {@link PaginaAanmelding}), sessions in the
     * database (Spring Session JDBC), the session id changed at login (session fixation), CSRF on every form and on
     * every htmx request (header {@code X-CSRF-TOKEN}, set by {@code /js/indiceer.js} from the page's meta tag), logout
     * by POST. The style sheets, scripts and the OpenAPI description are public (they hold no data). An htmx request
     * whose session has expired gets 401 with {@code HX-Redirect} to the login page instead of a login page swapped into
     * the form.
     */
    @Bean
    @Order(2)
    SecurityFilterChain paginas(HttpSecurity http) throws Exception {
        RequestMatcher htmx = verzoek -> verzoek.getHeader("HX-Request") != null;
        http.authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/nlds/**", "/js/**", "/indiceer.css", "/favicon.ico", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/aanmelden").permitAll()
                        .requestMatchers(HttpMethod.GET, "/termijnen").hasAnyRole(Rol.CONSULENT.name(), Rol.BACKOFFICE.name())
                        .requestMatchers("/berichten", "/berichten/**").hasAnyRole(Rol.CONSULENT.name(), Rol.BACKOFFICE.name())
                        .requestMatchers("/clienten", "/clienten/**", "/aanvragen", "/aanvragen/**")
                        .hasAnyRole(Rol.CONSULENT.name(), Rol.BACKOFFICE.name())
                        // recording a no-show is a consultant's task; reading decisions is not only theirs
                        .requestMatchers("/beschikkingen/*/no-show", "/beschikkingen/*/no-show/**")
                        .hasAnyRole(Rol.CONSULENT.name(), Rol.BACKOFFICE.name())
                        .requestMatchers(HttpMethod.GET, "/beschikkingen/**")
                        .hasAnyRole(Rol.CONSULENT.name(), Rol.BACKOFFICE.name(), Rol.AUDITOR.name(), Rol.BELEID.name())
                        .requestMatchers("/beschikkingen/**").hasAnyRole(Rol.CONSULENT.name(), Rol.BACKOFFICE.name())
                        .requestMatchers("/regelingen", "/regelingen/**")
                        .hasAnyRole(Rol.CONSULENT.name(), Rol.BACKOFFICE.name(), Rol.BELEID.name())
                        .requestMatchers(HttpMethod.GET, "/declaraties", "/declaraties/**")
                        .hasAnyRole(Rol.BACKOFFICE.name(), Rol.AUDITOR.name())
                        .requestMatchers("/declaraties", "/declaraties/**").hasRole(Rol.BACKOFFICE.name())
                        .requestMatchers("/sturing", "/sturing/**").hasAnyRole(Rol.BELEID.name(), Rol.AUDITOR.name())
                        .requestMatchers("/beheer", "/beheer/**").hasRole(Rol.BEHEERDER.name())
                        .requestMatchers("/audit", "/audit/**").hasRole(Rol.AUDITOR.name())
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/aanmelden")
                        .usernameParameter("gebruikersnaam")
                        .passwordParameter("wachtwoord")
                        .defaultSuccessUrl("/", false)
                        .failureHandler((verzoek, antwoord, fout) -> {
                            // the name typed stays in the form (kept in the session, never in the URL)
                            AanmeldPagina.onthoudNaam(verzoek.getSession(), verzoek.getParameter("gebruikersnaam"));
                            antwoord.sendRedirect(verzoek.getContextPath()
                                    + (fout instanceof LockedException ? "/aanmelden?teveel" : "/aanmelden?fout"));
                        }))
                .logout(l -> l.logoutUrl("/afmelden")
                        .logoutSuccessUrl("/aanmelden?afgemeld")
                        .deleteCookies("INDICEER_SESSIE"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor((verzoek, antwoord, fout) -> {
                    antwoord.setHeader("HX-Redirect", verzoek.getContextPath() + "/aanmelden");
                    antwoord.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                }, htmx));
        kopregels(http);
        return http.build();
    }

    private static void kopregels(HttpSecurity http) throws Exception {
        http.headers(h -> h
                .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                .contentTypeOptions(c -> { }));
    }
}
