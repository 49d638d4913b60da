package dev.actors.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.actors.ActorRef;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * actors-core's jar on the module path: its module name is {@code dev.actors}, and the advice
 * its typed-proxy errors give ("open its package to module dev.actors") works. Compiles a small
 * named module against the packaged jar and runs it in its own module layer. Needs the jar, so
 * it runs in {@code ./mvnw verify} (where the reactor hands this module actors-core's jar) and
 * is skipped by a {@code test}-only build, which hands it {@code target/classes}.
 */
class ModulePathTest {

    private static final Map<String, String> DEMO_MODULE = Map.of(
            "module-info.java", """
                    module demo {
                        requires dev.actors;
                        exports demo.main;
                        opens demo.opened to dev.actors;
                    }""",
            "demo/main/Demo.java", """
                    package demo.main;
                    import dev.actors.ActorRegistry;
                    public final class Demo {
                        public static String greetThroughOpened() {
                            ActorRegistry registry = new ActorRegistry();
                            try {
                                return registry.start(new demo.opened.Greeter()).proxy(demo.opened.Greeting.class).greet("Ada");
                            } finally {
                                registry.stopAll();
                            }
                        }
                        public static String greetThroughClosed() {
                            ActorRegistry registry = new ActorRegistry();
                            try {
                                return registry.start(new demo.closed.Greeter()).proxy(demo.closed.Greeting.class).greet("Ada");
                            } finally {
                                registry.stopAll();
                            }
                        }
                    }""",
            "demo/opened/Greeting.java", "package demo.opened; public interface Greeting { String greet(String name); }",
            "demo/opened/Greeter.java", """
                    package demo.opened;
                    public class Greeter extends dev.actors.ThreadingActor implements Greeting {
                        public String greet(String name) { return "Hello, " + name; }
                    }""",
            "demo/closed/Greeting.java", "package demo.closed; public interface Greeting { String greet(String name); }",
            "demo/closed/Greeter.java", """
                    package demo.closed;
                    public class Greeter extends dev.actors.ThreadingActor implements Greeting {
                        public String greet(String name) { return "Hello, " + name; }
                    }""");

    @Test
    void theCoreJarIsTheModuleDevActors() {
        ModuleReference core = coreModule();

        assertThat(core.descriptor().name()).isEqualTo("dev.actors");
        assertThat(core.descriptor().isAutomatic()).isTrue();
    }

    @Test
    void openingAPackageToDevActorsIsWhatTheProxyErrorSaysAndItWorks(@TempDir Path work) throws Throwable {
        Path coreJar = Path.of(coreModule().location().orElseThrow());
        Path slf4jJar = jarOf(org.slf4j.Logger.class);
        Path classes = compileDemo(work, coreJar, slf4jJar);

        ModuleFinder finder = ModuleFinder.of(classes, coreJar, slf4jJar);
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolve(finder, ModuleFinder.of(), Set.of("demo", "org.slf4j"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
        Class<?> demo = layer.findLoader("demo").loadClass("demo.main.Demo");

        assertThat(call(demo, "greetThroughOpened")).isEqualTo("Hello, Ada");
        assertThatThrownBy(() -> call(demo, "greetThroughClosed"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot call demo.closed.Greeter.greet from dev.actors: open its package to "
                        + "module dev.actors");
    }

    private static ModuleReference coreModule() {
        Path location = jarOf(ActorRef.class);
        assumeTrue(Files.isRegularFile(location),
                "actors-core is on the class path as " + location + ", not as its jar: run ./mvnw verify");
        return ModuleFinder.of(location).findAll().iterator().next();
    }

    private static Path compileDemo(Path work, Path... modulePath) throws IOException {
        Path sources = work.resolve("src");
        List<String> arguments = new ArrayList<>(List.of("-d", work.resolve("classes").toString(), "--module-path",
                String.join(File.pathSeparator, List.of(modulePath).stream().map(Path::toString).toList())));
        for (Map.Entry<String, String> source : DEMO_MODULE.entrySet()) {
            Path file = sources.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));
        assertThat(status).as("javac of the demo module %s", diagnostics).isZero();
        return work.resolve("classes");
    }

    private static Object call(Class<?> demo, String method) throws Throwable {
        Method greet = demo.getMethod(method);
        try {
            return greet.invoke(null);
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
    }

    private static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException notAPath) {
            throw new IllegalStateException(notAPath);
        }
    }
}
