package org.distsim.cli.batch;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts a method from the build's forbidden-API check (the parent pom's forbiddenapis
 * configuration names this annotation). Only a display for people may carry it, such as a progress
 * line that reads the wall clock to estimate the time left; nothing that can change a result.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface SuppressForbidden {

    /** Why the forbidden call is harmless here. */
    String reason();
}
