package dev.actors.spring.web;

import dev.actors.spring.endpoint.ActorsEndpointContributor;
import org.springframework.stereotype.Component;

/** An {@link ActorsEndpointContributor}: the listing at {@code /actuator/actors} shows {@code "edition"}. */
@Component
class Edition implements ActorsEndpointContributor {

    record Details(String name, int number) {
    }

    @Override
    public String name() {
        return "edition";
    }

    @Override
    public Object contribution() {
        return new Details("web tests", 2);
    }
}
