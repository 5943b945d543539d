package lv.pietura.it.support;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * An institution's seal made as its administrator makes it (README, "Seals"): the key pair generated inside the test
 * server's Elytron key store {@code pietura-seals}, its certificate request signed by the test's authority, the
 * certificate imported, the store saved and the key manager re-initialised, all through the management API; and a
 * time-stamping service of the same authority where the test server expects one ({@code pietura.seals.tsa-url},
 * 127.0.0.1:3318).
 */
public final class TestSeals {

    public static final int TIME_STAMPING_PORT = 3318;
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    private TestSeals() {}

    /** The seal of the institution with {@code registrationNumber}, issued by {@code authority} (or expired). */
    public static void issue(TestSignatures authority, String registrationNumber, String name, boolean expired)
            throws Exception {
        Path work = Files.createTempDirectory("pietura-seal");
        Path request = work.resolve("seal.csr");
        Path reply = work.resolve("seal.pem");
        try (ModelControllerClient client = ModelControllerClient.Factory.create("127.0.0.1", 9990)) {
            client.execute(keyStore("remove-alias").alias(registrationNumber).node); // a seal issued before: gone
            execute(
                    client,
                    keyStore("generate-key-pair")
                            .alias(registrationNumber)
                            .with("algorithm", "RSA")
                            .with("key-size", "2048")
                            .with("distinguished-name", "CN=" + name + ", O=" + name + ", C=LV"));
            execute(
                    client,
                    keyStore("generate-certificate-signing-request")
                            .alias(registrationNumber)
                            .with("path", request.toString()));
            X509Certificate seal = authority.certifySeal(Files.readString(request), expired);
            StringWriter pem = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
                writer.writeObject(seal);
                writer.writeObject(authority.certificate());
            }
            Files.writeString(reply, pem.toString());
            execute(
                    client,
                    keyStore("import-certificate")
                            .alias(registrationNumber)
                            .with("path", reply.toString())
                            .with("trust-cacerts", "false")
                            .with("validate", "false"));
            execute(client, keyStore("store"));
            Operation init = new Operation("init");
            init.node.get("address").add("subsystem", "elytron").add("key-manager", "pietura-seals");
            execute(client, init);
        } finally {
            Files.deleteIfExists(request);
            Files.deleteIfExists(reply);
            Files.deleteIfExists(work);
        }
    }

    /** A time-stamping service (RFC 3161 over HTTP) of {@code authority}'s unit, until closed. */
    public static AutoCloseable timeStamping(TestSignatures authority) throws Exception {
        TestSignatures.Certified unit = authority.timeStampingUnit();
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", unit.key(), unit.certificate()),
                new JcaDigestCalculatorProviderBuilder()
                        .build()
                        .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
        tokens.addCertificates(new JcaCertStore(List.of(unit.certificate())));
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", TIME_STAMPING_PORT), 0);
        server.createContext("/tsa", exchange -> {
            byte[] answer;
            try {
                synchronized (responses) {
                    answer = responses
                            .generate(
                                    new TimeStampRequest(
                                            exchange.getRequestBody().readAllBytes()),
                                    BigInteger.valueOf(SERIAL.incrementAndGet()),
                                    new Date())
                            .getEncoded();
                }
            } catch (Exception notARequest) {
                exchange.sendResponseHeaders(400, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        return () -> server.stop(0);
    }

    private static Operation keyStore(String name) {
        Operation operation = new Operation(name);
        operation.node.get("address").add("subsystem", "elytron").add("key-store", "pietura-seals");
        return operation;
    }

    private static void execute(ModelControllerClient client, Operation operation) throws Exception {
        ModelNode result = client.execute(operation.node);
        if (!"success".equals(result.get("outcome").asString())) {
            throw new IllegalStateException(operation.node.get("operation") + ": " + result);
        }
    }

    static final class Operation {
        final ModelNode node = new ModelNode();

        Operation(String name) {
            node.get("operation").set(name);
        }

        Operation alias(String alias) {
            return with("alias", alias);
        }

        Operation with(String parameter, String value) {
            node.get(parameter).set(value);
            return this;
        }
    }
}
