package dev.actors.test.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The README's test snippets are the compiled tests: every line of the README's Java block
 * that declares {@code marker} is a line of the named source files, in the same order.
 */
class ReadmeSnippetsTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            class GreeterTest    | actors-test/src/test/java/dev/actors/test/readme/Greet.java actors-test/src/test/java/dev/actors/test/readme/Greeter.java actors-test/src/test/java/dev/actors/test/readme/GreeterTest.java
            class ApiWebMvcTests | actors-spring-boot-starter/src/test/java/dev/actors/spring/readme/ApiWebMvcTests.java
            """)
    void theReadmeShowsTheCompiledTest(String marker, String sources) throws IOException {
        List<String> compiled = new ArrayList<>();
        for (String source : sources.split(" ")) {
            compiled.addAll(Files.readAllLines(ROOT.resolve(source)));
        }

        List<String> snippet = snippetDeclaring(marker);

        assertThat(snippet).isNotEmpty();
        assertThat(compiled).containsSubsequence(snippet);
    }

    private static List<String> snippetDeclaring(String marker) throws IOException {
        Matcher block = JAVA_BLOCK.matcher(Files.readString(ROOT.resolve("README.md")));
        while (block.find()) {
            if (block.group(1).contains(marker + " {")) {
                return block.group(1).lines().filter(line -> !line.isBlank()).toList();
            }
        }
        return List.of();
    }
}
