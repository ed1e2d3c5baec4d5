package com.ordermanagement.order.store.cosmos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ordermanagement.order.store.InvalidContinuationTokenException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingTokenTest {

    private static final ListingTokenSigner SIGNER = ListingTokenSigner.ofSecrets(List.of("current-secret-16+"));

    @Test
    void aTokenRoundTripsForItsOwnFilters() {
        ListingToken token =
                new ListingToken(20, 80, 40, 100, "{\"token\":\"+RID:~abc\",\"range\":{\"min\":\"\",\"max\":\"FF\"}}");

        String encoded = token.encode("cust|pending|20", SIGNER);

        assertThat(encoded).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(ListingToken.decode(encoded, "cust|pending|20", SIGNER)).isEqualTo(token);
    }

    @Test
    void tokensForOtherFiltersTamperedOrMalformedTokensAreRefused() {
        String encoded = new ListingToken(0, 10, 5, 10, "cosmos").encode("a||20", SIGNER);
        String payload = encoded.substring(0, encoded.indexOf('.'));
        String signature = encoded.substring(encoded.indexOf('.'));
        String otherPayload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("c2\n0\n10\n5\n10\ncosmos-forged".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> ListingToken.decode(encoded, "b||20", SIGNER))
                .isInstanceOf(InvalidContinuationTokenException.class);
        assertThatThrownBy(() -> ListingToken.decode(otherPayload + signature, "a||20", SIGNER))
                .as("payload swapped under a valid signature")
                .isInstanceOf(InvalidContinuationTokenException.class);
        for (String malformed : new String[] {"%%%", payload, payload + ".", "." + signature, payload + ".%%"}) {
            assertThatThrownBy(() -> ListingToken.decode(malformed, "a||20", SIGNER))
                    .as(malformed)
                    .isInstanceOf(InvalidContinuationTokenException.class);
        }
    }

    @Test
    void signedButOutOfRangeNumbersAreRefused() {
        String negative = new ListingToken(-1, 10, 5, 10, "x").encode("a||20", SIGNER);

        assertThatThrownBy(() -> ListingToken.decode(negative, "a||20", SIGNER))
                .isInstanceOf(InvalidContinuationTokenException.class);
    }

    @Test
    void duringARotationTokensSignedWithTheOldSecretStillWork() {
        String issuedBefore = new ListingToken(0, 10, 5, 10, "cosmos").encode("a||20", SIGNER);
        ListingTokenSigner rotated = ListingTokenSigner.ofSecrets(List.of("the-new-secret-16+", "current-secret-16+"));
        ListingTokenSigner afterRotation = ListingTokenSigner.ofSecrets(List.of("the-new-secret-16+"));

        assertThat(ListingToken.decode(issuedBefore, "a||20", rotated).position())
                .isEqualTo(5);
        assertThatThrownBy(() -> ListingToken.decode(issuedBefore, "a||20", afterRotation))
                .isInstanceOf(InvalidContinuationTokenException.class);
        assertThat(ListingToken.decode(
                                new ListingToken(0, 10, 5, 10, "c").encode("a||20", rotated), "a||20", afterRotation)
                        .cosmosContinuation())
                .isEqualTo("c");
    }

    @Test
    void aSecretDerivedFromTheAccountKeyIsTheSameOnEveryInstanceAndDiffersPerKey() {
        String token = new ListingToken(0, 10, 5, 10, "cosmos")
                .encode("a||20", ListingTokenSigner.derivedFrom("account-key-one"));

        assertThat(ListingToken.decode(token, "a||20", ListingTokenSigner.derivedFrom("account-key-one")))
                .isNotNull();
        assertThatThrownBy(() -> ListingToken.decode(token, "a||20", ListingTokenSigner.derivedFrom("account-key-two")))
                .isInstanceOf(InvalidContinuationTokenException.class);
        assertThatThrownBy(() -> ListingTokenSigner.ofSecrets(List.of("short")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
