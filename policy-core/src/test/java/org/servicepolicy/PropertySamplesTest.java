package org.servicepolicy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The property tests ({@code *Properties}) draw their inputs as one Instancio list from a fixed
 * seed and run once per element. A repeated test would run the same seeded input again and again
 * (Instancio gives each repetition of a seeded test the same values), so this guards the idiom:
 * every sample source yields different inputs, and yields the same ones again for its seed.
 */
class PropertySamplesTest {
    private static final Path TEST_CLASSES = testClasses();

    private static Path testClasses() {
        try {
            return Path.of(PropertySamplesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> propertyClasses() throws IOException {
        try (var files = Files.walk(TEST_CLASSES)) {
            return files.map(f -> TEST_CLASSES.relativize(f).toString())
                    .filter(name -> name.endsWith("Properties.class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.')
                            .replace('\\', '.'))
                    .sorted()
                    .<Class<?>>map(PropertySamplesTest::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Method> sampleSources() throws IOException {
        return propertyClasses().stream().flatMap(type -> Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(ParameterizedTest.class) && m.isAnnotationPresent(MethodSource.class))
                .flatMap(m -> Arrays.stream(m.getAnnotation(MethodSource.class).value()))
                .distinct()
                .map(source -> {
                    try {
                        return type.getDeclaredMethod(source);
                    } catch (NoSuchMethodException e) {
                        throw new IllegalStateException(type.getName() + " has no sample source " + source, e);
                    }
                }));
    }

    private static List<Object> drawn(Method source) throws ReflectiveOperationException {
        source.setAccessible(true);
        try (var samples = (Stream<?>) source.invoke(null)) {
            return samples.map(s -> s instanceof Arguments arguments ? List.of(arguments.get()) : s).toList();
        }
    }

    @Test
    void thereArePropertiesToCheck() throws IOException {
        assertThat(sampleSources()).hasSizeGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest
    @MethodSource("sampleSources")
    void everySampleIsADifferentInputAndTheSameSeedDrawsTheSameSamples(Method source)
            throws ReflectiveOperationException {
        var samples = drawn(source);
        assertThat(samples).as("samples of %s", source).hasSizeGreaterThan(1).doesNotHaveDuplicates();
        assertThat(drawn(source)).as("samples of %s drawn again", source).isEqualTo(samples);
    }

    @Test
    void noPropertyRepeatsOneInput() throws IOException {
        assertThat(propertyClasses()).isNotEmpty().allSatisfy(type -> assertThat(type.getDeclaredMethods())
                .as("repeated tests of %s", type.getName())
                .noneMatch(m -> m.isAnnotationPresent(RepeatedTest.class)));
    }
}
