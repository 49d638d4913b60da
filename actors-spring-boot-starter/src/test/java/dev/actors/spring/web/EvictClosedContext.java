package dev.actors.spring.web;

import org.springframework.core.Ordered;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * For a test that closes its own application context: evicts the context from the test
 * framework's cache right after the test method, before the other listeners' after-callbacks
 * (which would otherwise try to restart the closed context). Lowest precedence, so its
 * after-callbacks run first.
 */
class EvictClosedContext implements TestExecutionListener, Ordered {

    @Override
    public void afterTestExecution(TestContext testContext) {
        testContext.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
