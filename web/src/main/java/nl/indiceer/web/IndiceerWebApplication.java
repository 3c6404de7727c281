package nl.indiceer.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The web application: the engine of {@code core} behind a REST API, with users, tokens and storage. */
@SpringBootApplication
public class IndiceerWebApplication {

    public static void main(String[] args) {
        SpringApplication.run(IndiceerWebApplication.class, args);
    }
}
