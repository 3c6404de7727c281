package nl.indiceer.web.regeling;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data the engine works with lives: {@code indiceer.regelingen} and {@code indiceer.normenkaders}
 * (default {@code ./regelingen} and {@code ./normenkaders}, relative to the working directory).
 */
@ConfigurationProperties("indiceer")
public record Instellingen(@DefaultValue("./regelingen") Path regelingen, @DefaultValue("./normenkaders") Path normenkaders) {
}
