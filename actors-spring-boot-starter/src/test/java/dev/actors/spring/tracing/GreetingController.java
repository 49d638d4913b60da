package dev.actors.spring.tracing;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The HTTP entry: each request calls actor A through its typed interface proxy. */
@RestController
class GreetingController {

    private final Greeter greeter;

    GreetingController(Greeter greeter) {
        this.greeter = greeter;
    }

    @GetMapping("/greet/{name}")
    String greet(@PathVariable String name) {
        return greeter.greet(name);
    }

    @GetMapping("/fail/{name}")
    String fail(@PathVariable String name) {
        return greeter.fail(name);
    }
}
