package dev.actors.spring.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application of the web tests: the actors, controller and journal of this package. */
@SpringBootApplication
public class WebTestApplication {
}
