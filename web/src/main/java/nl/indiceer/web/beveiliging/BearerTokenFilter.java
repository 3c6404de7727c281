package nl.indiceer.web.beveiliging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API call by its {@code Authorization: Bearer <token>} header. No header: the request
 * goes on unauthenticated (and the API chain answers 401). A header with an unknown or revoked token:
 * 401 at once, so a client learns its token is wrong rather than that it lacks one.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final Tokens tokens;
    private final Problemen problemen;

    public BearerTokenFilter(Tokens tokens, Problemen problemen) {
        this.tokens = tokens;
        this.problemen = problemen;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String kop = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (kop == null || !kop.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String token = kop.substring(BEARER.length()).trim();
        Optional<Gebruiker> gebruiker = token.isEmpty() || token.length() > 200 ? Optional.empty() : tokens.gebruikerVan(token);
        if (gebruiker.isEmpty()) {
            problemen.schrijf(response, HttpServletResponse.SC_UNAUTHORIZED, "TOKEN_ONGELDIG", "Niet aangemeld",
                    "het token is onbekend of ingetrokken");
            return;
        }
        Gebruiker g = gebruiker.get();
        var authenticatie = UsernamePasswordAuthenticationToken.authenticated(g.gebruikersnaam(), null,
                List.of(new SimpleGrantedAuthority(g.rol().autoriteit())));
        authenticatie.setDetails(new Tokenhouder(g.id(), Tokens.hash(token)));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authenticatie);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
