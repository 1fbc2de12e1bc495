package org.dealerplatform.deployment.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A {@code java.net.URL} field that {@link SharedPlatform} sets to the running platform's address. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface PlatformUrl {
}
