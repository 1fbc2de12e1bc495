package org.dealerplatform.deployment.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a test class that boots, stops and kills platforms of its own on the shared stack (the
 * crash tests, the production-mode start-up): the shared platform is stopped first, so no other
 * node takes the class's report runs, sweeps or scans off its hands. Give such a class
 * {@code @Order(SharedPlatform.OWN_WAR)} too, so the shared platform is not booted again after it.
 */
public final class OwnPlatforms implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        PlatformStack.start();
        SharedPlatform.stopShared();
    }
}
