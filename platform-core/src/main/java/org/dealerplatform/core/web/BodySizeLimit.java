package org.dealerplatform.core.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Refuses request bodies over 64 KiB with 413 before anything reads them. No form or JSON body of
 * the platform comes near that; the limit keeps a careless or hostile client from making the
 * server buffer megabytes. Bodies without a Content-Length are read up to the limit only.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

    public static final int MAX_BYTES = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        enforce(request, MAX_BYTES, "the request body may be at most " + MAX_BYTES + " bytes");
    }

    /** Refuses a body over {@code maxBytes} with 413 and {@code detail}; for routes with a tighter limit too. */
    public static void enforce(ContainerRequestContext request, int maxBytes, String detail) {
        if (request.getLength() > maxBytes) {
            throw tooLarge(detail);
        }
        if (request.getLength() < 0 && request.hasEntity()) {
            try (InputStream in = request.getEntityStream()) {
                byte[] body = in.readNBytes(maxBytes + 1);
                if (body.length > maxBytes) {
                    throw tooLarge(detail);
                }
                request.setEntityStream(new ByteArrayInputStream(body));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static ApiException tooLarge(String detail) {
        return new ApiException(413, "Content Too Large", detail);
    }
}
