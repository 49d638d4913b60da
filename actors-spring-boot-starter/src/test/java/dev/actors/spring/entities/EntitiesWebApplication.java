package dev.actors.spring.entities;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application of the entity web test: a cart per customer, behind a controller. */
@SpringBootApplication
public class EntitiesWebApplication {
}
