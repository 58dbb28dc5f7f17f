package io.github.caeimpact.model.json.internal;

import io.github.caeimpact.model.validation.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Function;

/**
 * Loads the data the library ships inside its jars (catalogues, proxy libraries, price indexes,
 * example maps and datasets).
 *
 * <p>Shipped data is part of the build: a missing or invalid resource is a packaging defect, not
 * bad input, so it is reported as an {@link IllegalStateException} rather than an
 * {@link InvalidInputException}.
 */
public final class ShippedResources {

    private ShippedResources() {
    }

    /**
     * Reads a resource shipped beside a class.
     *
     * @param <T> what the resource holds
     * @param anchor the class whose class loader and package locate the resource
     * @param resource the resource name, absolute ({@code /io/github/...}) or relative to the anchor's package
     * @param reader reads the resource's bytes; it need not close the stream
     * @param what what the resource is, for messages (for example {@code "proxy library"})
     * @return what the reader returned
     * @throws IllegalStateException if the resource is missing or the reader rejects it as invalid
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static <T> T load(Class<?> anchor, String resource, Function<InputStream, T> reader, String what) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(what, "what");
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the shipped " + what + " is missing: resource " + resource);
            }
            return reader.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped " + what + " (" + resource + ")", e);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the shipped " + what + " is invalid: " + e.getMessage(), e);
        }
    }
}
