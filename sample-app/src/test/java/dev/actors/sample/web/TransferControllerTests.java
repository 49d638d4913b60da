package dev.actors.sample.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.actors.sample.bank.InsufficientFundsException;
import dev.actors.sample.bank.account.AccountSnapshot;
import dev.actors.sample.bank.transfer.TransferOrder;
import dev.actors.sample.bank.transfer.TransferReceipt;
import dev.actors.sample.bank.transfer.Transfers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The transfer endpoint alone, in a {@code @WebMvcTest} slice: no actor runs, the
 * {@link Transfers} interface proxy is a Mockito mock, and {@link BankProblemHandler} maps
 * what it throws.
 */
@WebMvcTest(TransferController.class)
class TransferControllerTests {

    private static final String BODY = """
            {"fromAccountId":"ACC-1","toAccountId":"ACC-2","amountCents":2500}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Transfers transfers;

    @Test
    void answersWithTheCoordinatorsReceipt() throws Exception {
        given(transfers.transfer(new TransferOrder("ACC-1", "ACC-2", 2500))).willReturn(new TransferReceipt("TRF-1",
                2500, new AccountSnapshot("ACC-1", "Alice", 97500, false, 2),
                new AccountSnapshot("ACC-2", "Bob", 102500, false, 2)));

        mvc.perform(post("/api/transfers").contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.transferId").value("TRF-1"))
                .andExpect(jsonPath("$.from.balanceCents").value(97500));
    }

    @Test
    void anExceptionFromTheActorBecomesAProblem() throws Exception {
        given(transfers.transfer(any())).willThrow(new InsufficientFundsException("ACC-1", 100, 2500));

        mvc.perform(post("/api/transfers").contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Insufficient funds"))
                .andExpect(jsonPath("$.balanceCents").value(100));
    }

    @Test
    void aNegativeAmountNeverReachesTheActor() throws Exception {
        mvc.perform(post("/api/transfers").contentType(MediaType.APPLICATION_JSON)
                        .content(BODY.replace("2500", "-5")))
                .andExpect(status().isBadRequest());

        then(transfers).shouldHaveNoInteractions();
    }
}
