package nl.simon.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * One real SMTP server (GreenMail) per test JVM, started on first use, which the service under test sends its
 * e-mails to office admins to ({@code spring.mail.host}, {@link TestDatabase.Initializer}). Every test tenant
 * has a mail domain of its own, so a test reads only its own tenant's mails.
 */
public final class TestMail {
    private TestMail() {}

    private static final class Holder {
        static final GreenMail SERVER = start();

        private static GreenMail start() {
            GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            return server;
        }
    }

    public static int port() {
        return Holder.SERVER.getSmtp().getPort();
    }

    /** The mails received for addresses at this domain (e.g. {@code t-1234abcd.nl}), oldest first. */
    public static List<MimeMessage> receivedFor(String domain) {
        return Arrays.asList(Holder.SERVER.getReceivedMessagesForDomain(domain));
    }
}
