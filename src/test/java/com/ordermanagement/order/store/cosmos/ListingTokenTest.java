package com.ordermanagement.order.store.cosmos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ordermanagement.order.store.InvalidContinuationTokenException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ListingTokenTest {

    @Test
    void aTokenRoundTripsForItsOwnFilters() {
        ListingToken token =
                new ListingToken(20, 80, 40, "{\"token\":\"+RID:~abc\",\"range\":{\"min\":\"\",\"max\":\"FF\"}}");

        String encoded = token.encode("cust|pending|20");

        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        assertThat(ListingToken.decode(encoded, "cust|pending|20")).isEqualTo(token);
    }

    @Test
    void tokensForOtherFiltersOrTamperedTokensAreRefused() {
        String encoded = new ListingToken(0, 10, 5, "cosmos").encode("a||20");
        String negative = Base64.getUrlEncoder()
                .encodeToString(("c1\n-1\n10\n5\n" + Integer.toHexString("a||20".hashCode()) + "\nx")
                        .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> ListingToken.decode(encoded, "b||20"))
                .isInstanceOf(InvalidContinuationTokenException.class);
        assertThatThrownBy(() -> ListingToken.decode("%%%", "a||20"))
                .isInstanceOf(InvalidContinuationTokenException.class);
        assertThatThrownBy(() -> ListingToken.decode(negative, "a||20"))
                .isInstanceOf(InvalidContinuationTokenException.class);
    }
}
