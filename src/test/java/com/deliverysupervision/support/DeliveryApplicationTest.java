package com.deliverysupervision.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application with its demo users, on a random port, without a job executor. Every test
 * class uses this one configuration, so all share one Spring context and one process engine. Calls
 * to the HTTP API go through {@link ApiCalls}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"default", "test"})
// Spring Boot tests switch metrics export off unless asked; the Prometheus endpoint is under test.
@AutoConfigureObservability(tracing = false)
@ExtendWith(EngineClockReset.class)
@Import(ApiCalls.class)
public @interface DeliveryApplicationTest {}
