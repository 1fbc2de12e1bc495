package org.dealerplatform.deployment.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the static, argument-less method of a test class that returns the WAR the class tests
 * (a {@code WebArchive}, usually {@link Deployments#platform()}). {@link SharedPlatform} deploys it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PlatformWar {
}
