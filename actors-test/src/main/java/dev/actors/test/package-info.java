/**
 * A test kit for actors, for JUnit 5 (JUnit Jupiter): {@link dev.actors.test.ActorTestKit}
 * gives each test its own {@link dev.actors.ActorRegistry}, stops every actor after the test
 * and fails the test when one of them died of a failure it did not expect;
 * {@link dev.actors.test.TestProbe} is an actor that records what it is sent, for
 * expectations. Modelled on Pekko's {@code ActorTestKit} and {@code TestProbe}; Pykka has no
 * test kit. Module name {@code dev.actors.test}.
 */
package dev.actors.test;
