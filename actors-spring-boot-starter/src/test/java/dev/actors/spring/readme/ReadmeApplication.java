package dev.actors.spring.readme;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ReadmeApplication {
    public static void main(String[] args) {
        SpringApplication.run(ReadmeApplication.class, args);
    }
}
