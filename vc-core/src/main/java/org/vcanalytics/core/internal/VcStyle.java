package org.vcanalytics.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project's value types. For the project's own modules only.
 *
 * <p>SOURCE retention, so users never need Immutables on their class path; the generated
 * {@code Immutable*} classes are package-private and hidden behind the abstract type, whose
 * {@code builder()} users call; generated code uses JDK collections only and carries no
 * {@code @Generated} annotation.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    jdk9Collections = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface VcStyle {}
