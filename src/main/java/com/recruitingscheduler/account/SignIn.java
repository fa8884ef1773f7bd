package com.recruitingscheduler.account;

import com.recruitingscheduler.input.InputRules;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.UUID;

/**
 * Checks an e-mail and password. Every attempt costs one bcrypt comparison — against a dummy hash when there is no
 * such account — so the answer takes as long whether or not the account exists. Failures are counted by
 * {@link SignInThrottle} and logged with the e-mail and address, never the password.
 */
@ApplicationScoped
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class);

    /** How an attempt ended: the account signed in, a failure (answer after {@code delay}), or refused for now. */
    public sealed interface Result {
        record SignedIn(String email) implements Result {
        }

        record Failed(Duration delay) implements Result {
        }

        record Throttled(Duration retryAfter) implements Result {
        }
    }

    private final SignInThrottle throttle;
    /** A hash of a random password at the cost real hashes have, compared when the account does not exist. */
    private final String dummyHash = BcryptUtil.bcryptHash(UUID.randomUUID().toString());

    SignIn(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    /**
     * Tries an e-mail and password from this client address (as {@code web/ClientAddress} counts it). The attempt's
     * tokens are taken before the password is compared, so guesses sent at once cannot all get an answer.
     */
    public Result attempt(String email, String password, String address) {
        String typed = email == null ? "" : email.strip();
        // Anything but a plain address cannot be an account: it is not looked up, and its failures share one count.
        String account = InputRules.isPlainEmail(typed) ? typed : "not-an-address";
        SignInThrottle.Attempt attempt = throttle.take(account, address);
        if (attempt instanceof SignInThrottle.Attempt.Refused refused) {
            LOG.warnf("Sign-in refused for %s from %s: too many failures", InputRules.loggable(typed, 254), address);
            return new Result.Throttled(refused.retryAfter());
        }
        SignInThrottle.Attempt.Allowed allowed = (SignInThrottle.Attempt.Allowed) attempt;
        Recruiter recruiter = InputRules.isPlainEmail(typed)
                ? QuarkusTransaction.requiringNew().call(() -> Recruiter.byEmail(account).orElse(null)) : null;
        boolean matches = BcryptUtil.matches(password == null ? "" : password, recruiter == null ? dummyHash : recruiter.passwordHash);
        if (recruiter != null && recruiter.enabled && matches) {
            throttle.succeeded(allowed);
            return new Result.SignedIn(recruiter.email);
        }
        LOG.infof("Failed sign-in for %s from %s", InputRules.loggable(typed, 254), address);
        return new Result.Failed(throttle.failed(allowed));
    }
}
