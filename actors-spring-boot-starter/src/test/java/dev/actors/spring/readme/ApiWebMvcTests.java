package dev.actors.spring.readme;

import static org.hamcrest.Matchers.endsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.actors.ActorFuture;
import dev.actors.ActorProxy;
import dev.actors.ActorRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The README's slice-test snippet: the controller alone, its actors replaced by mocks. */
@WebMvcTest(Api.class)
class ApiWebMvcTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ActorProxy<Bookkeeper> bookkeeper;                  // no actor runs in a @WebMvcTest slice

    @MockitoBean
    ActorRef<Adder> adder;                              // an interface proxy (AdderApi) is mocked the same way

    @Test
    void countsWithTheBookkeepersAnswer() throws Exception {
        given(bookkeeper.call(any())).willReturn(ActorFuture.completed(3));

        mvc.perform(get("/count/3")).andExpect(status().isOk()).andExpect(content().string("3"));
    }

    @Test
    void reportsTheAdder() throws Exception {
        given(adder.isAlive()).willReturn(false);

        mvc.perform(get("/adder")).andExpect(content().string(endsWith("alive=false")));
    }
}
