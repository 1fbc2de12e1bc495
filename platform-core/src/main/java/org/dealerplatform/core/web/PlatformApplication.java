package org.dealerplatform.core.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * One JAX-RS application for the API ({@code /api/v1}), the console ({@code /console}) and, later,
 * the public survey pages. Resources and providers in every module jar are discovered by the container.
 */
@ApplicationPath("/")
public class PlatformApplication extends Application {
}
