package dev.actors.spring.reliability.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A web application with one actor, for {@code ActuatorDeleteAccessTest}. */
@SpringBootApplication
public class SentinelApplication {
}
