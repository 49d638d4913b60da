package dev.actors.spring.readme;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the README's "Spring Boot" snippet (the classes of this package) on a real server. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "management.endpoints.web.exposure.include=actors,health,metrics")
@AutoConfigureTestRestTemplate
class ReadmeExampleTests {

    @Autowired
    private TestRestTemplate http;

    @Test
    void theBookkeeperCountsThroughTheAdder() {
        assertThat(http.getForObject("/count/1000", Integer.class)).isEqualTo(1000);
        assertThat(http.getForObject("/adder", String.class)).startsWith("Adder (urn:uuid:").endsWith("alive=true");
        assertThat(http.getForObject("/actuator/actors", String.class))
                .contains("\"beanName\":\"adder\"", "\"beanName\":\"bookkeeper\"", "\"processed\":1000");
    }
}
