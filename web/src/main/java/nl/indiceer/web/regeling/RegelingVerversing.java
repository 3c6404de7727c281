package nl.indiceer.web.regeling;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Before each request to a page or the API, compares the number of versions put in force with the one this instance
 * loaded ({@link RegelingenInWerking#bijwerken}: one count query) and loads again when another instance put a version
 * in force. So no request is computed under an older set than the database holds; static files are not checked.
 */
@Configuration(proxyBeanMethods = false)
public class RegelingVerversing implements WebMvcConfigurer {

    private final RegelingenInWerking regelingen;

    public RegelingVerversing(RegelingenInWerking regelingen) {
        this.regelingen = regelingen;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                regelingen.bijwerken();
                return true;
            }
        }).excludePathPatterns("/css/**", "/js/**", "/img/**", "/favicon.ico", "/webjars/**", "/error");
    }
}
